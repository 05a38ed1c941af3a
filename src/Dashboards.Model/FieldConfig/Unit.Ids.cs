// Unit ids from Grafana's value formats (categories.ts), as mirrored in the units JSON schema.
namespace Dashboards.Model;

public sealed partial record Unit
{
    /// <summary>none</summary>
    public static readonly Unit NoUnit = new("none");
    /// <summary>string</summary>
    public static readonly Unit String = new("string");
    /// <summary>short</summary>
    public static readonly Unit Short = new("short");
    /// <summary>SI short</summary>
    public static readonly Unit SiShort = new("sishort");
    /// <summary>Percent (0-100)</summary>
    public static readonly Unit Percent = new("percent");
    /// <summary>Percent (0.0-1.0)</summary>
    public static readonly Unit PercentUnit = new("percentunit");
    /// <summary>Humidity (%H)</summary>
    public static readonly Unit Humidity = new("humidity");
    /// <summary>Decibel (dB)</summary>
    public static readonly Unit Decibel = new("dB");
    /// <summary>Candela (cd)</summary>
    public static readonly Unit Candela = new("candela");
    /// <summary>Hexadecimal (0x)</summary>
    public static readonly Unit Hexadecimal0x = new("hex0x");
    /// <summary>hex</summary>
    public static readonly Unit Hexadecimal = new("hex");
    /// <summary>sci</summary>
    public static readonly Unit ScientificNotation = new("sci");
    /// <summary>locale</summary>
    public static readonly Unit LocaleFormat = new("locale");
    /// <summary>Pixels (px)</summary>
    public static readonly Unit Pixels = new("pixel");
    /// <summary>Acceleration: Meters/sec² (m/sec²)</summary>
    public static readonly Unit MetersSecSquared = new("accMS2");
    /// <summary>Acceleration: Feet/sec² (f/sec²)</summary>
    public static readonly Unit FeetSecSquared = new("accFS2");
    /// <summary>G unit (g)</summary>
    public static readonly Unit GUnit = new("accG");
    /// <summary>Angle: Degrees (°)</summary>
    public static readonly Unit Degrees = new("degree");
    /// <summary>Angle: Radians</summary>
    public static readonly Unit Radians = new("radian");
    /// <summary>Angle: Gradian</summary>
    public static readonly Unit Gradian = new("grad");
    /// <summary>Angle: Arc Minutes</summary>
    public static readonly Unit ArcMinutes = new("arcmin");
    /// <summary>Angle: Arc Seconds</summary>
    public static readonly Unit ArcSeconds = new("arcsec");
    /// <summary>Area: Square Meters (m²)</summary>
    public static readonly Unit SquareMeters = new("areaM2");
    /// <summary>Area: Square Feet (ft²)</summary>
    public static readonly Unit SquareFeet = new("areaF2");
    /// <summary>Area: Square Miles (mi²)</summary>
    public static readonly Unit SquareMiles = new("areaMI2");
    /// <summary>Area: Acres (ac)</summary>
    public static readonly Unit Acres = new("acres");
    /// <summary>Area: Hectares (ha)</summary>
    public static readonly Unit Hectares = new("hectares");
    /// <summary>Computation: FLOP/s</summary>
    public static readonly Unit FlopsPerSecond = new("flops");
    /// <summary>Computation: MFLOP/s</summary>
    public static readonly Unit MegaFlopsPerSecond = new("mflops");
    /// <summary>Computation: GFLOP/s</summary>
    public static readonly Unit GigaFlopsPerSecond = new("gflops");
    /// <summary>Computation: TFLOP/s</summary>
    public static readonly Unit TeraFlopsPerSecond = new("tflops");
    /// <summary>Computation: PFLOP/s</summary>
    public static readonly Unit PetaFlopsPerSecond = new("pflops");
    /// <summary>Computation: EFLOP/s</summary>
    public static readonly Unit ExaFlopsPerSecond = new("eflops");
    /// <summary>Computation: ZFLOP/s</summary>
    public static readonly Unit ZettaFlopsPerSecond = new("zflops");
    /// <summary>Computation: YFLOP/s</summary>
    public static readonly Unit YottaFlopsPerSecond = new("yflops");
    /// <summary>Concentration: parts-per-million (ppm)</summary>
    public static readonly Unit PartsPerMillion = new("ppm");
    /// <summary>Concentration: parts-per-billion (ppb)</summary>
    public static readonly Unit PartsPerBillion = new("conppb");
    /// <summary>Concentration: nanogram per cubic meter (ng/m³)</summary>
    public static readonly Unit NanogramPerCubicMeter = new("conngm3");
    /// <summary>Concentration: nanogram per normal cubic meter (ng/Nm³)</summary>
    public static readonly Unit NanogramPerNormalCubicMeter = new("conngNm3");
    /// <summary>Concentration: microgram per cubic meter (μg/m³)</summary>
    public static readonly Unit MicrogramPerCubicMeter = new("conμgm3");
    /// <summary>Concentration: microgram per normal cubic meter (μg/Nm³)</summary>
    public static readonly Unit MicrogramPerNormalCubicMeter = new("conμgNm3");
    /// <summary>Concentration: milligram per cubic meter (mg/m³)</summary>
    public static readonly Unit MilligramPerCubicMeter = new("conmgm3");
    /// <summary>Concentration: milligram per normal cubic meter (mg/Nm³)</summary>
    public static readonly Unit MilligramPerNormalCubicMeter = new("conmgNm3");
    /// <summary>Concentration: gram per cubic meter (g/m³)</summary>
    public static readonly Unit GramPerCubicMeter = new("congm3");
    /// <summary>Concentration: gram per normal cubic meter (g/Nm³)</summary>
    public static readonly Unit GramPerNormalCubicMeter = new("congNm3");
    /// <summary>Concentration: milligrams per decilitre (mg/dL)</summary>
    public static readonly Unit MilligramsPerDecilitre = new("conmgdL");
    /// <summary>Concentration: millimoles per litre (mmol/L)</summary>
    public static readonly Unit MillimolesPerLiter = new("conmmolL");
    /// <summary>Currency: Dollars ($)</summary>
    public static readonly Unit CurrencyUSD = new("currencyUSD");
    /// <summary>Currency: Pounds (£)</summary>
    public static readonly Unit CurrencyGBP = new("currencyGBP");
    /// <summary>Currency: Euro (€)</summary>
    public static readonly Unit CurrencyEUR = new("currencyEUR");
    /// <summary>Currency: Yen (¥)</summary>
    public static readonly Unit CurrencyJPY = new("currencyJPY");
    /// <summary>Currency: Rubles (₽)</summary>
    public static readonly Unit CurrencyRUB = new("currencyRUB");
    /// <summary>Currency: Hryvnias (₴)</summary>
    public static readonly Unit CurrencyUAH = new("currencyUAH");
    /// <summary>Currency: Real (R$)</summary>
    public static readonly Unit CurrencyBRL = new("currencyBRL");
    /// <summary>Currency: Danish Krone (kr)</summary>
    public static readonly Unit CurrencyDKK = new("currencyDKK");
    /// <summary>Currency: Icelandic Króna (kr)</summary>
    public static readonly Unit CurrencyISK = new("currencyISK");
    /// <summary>Currency: Norwegian Krone (kr)</summary>
    public static readonly Unit CurrencyNOK = new("currencyNOK");
    /// <summary>Currency: Swedish Krona (kr)</summary>
    public static readonly Unit CurrencySEK = new("currencySEK");
    /// <summary>Currency: Czech koruna (czk)</summary>
    public static readonly Unit CurrencyCZK = new("currencyCZK");
    /// <summary>Currency: Swiss franc (CHF)</summary>
    public static readonly Unit CurrencyCHF = new("currencyCHF");
    /// <summary>Currency: Polish Złoty (PLN)</summary>
    public static readonly Unit CurrencyPLN = new("currencyPLN");
    /// <summary>Currency: Bitcoin (฿)</summary>
    public static readonly Unit CurrencyBTC = new("currencyBTC");
    /// <summary>Currency: Milli Bitcoin (฿)</summary>
    public static readonly Unit CurrencyMilliBTC = new("currencymBTC");
    /// <summary>Currency: Micro Bitcoin (฿)</summary>
    public static readonly Unit CurrencyMicroBTC = new("currencyμBTC");
    /// <summary>Currency: South African Rand (R)</summary>
    public static readonly Unit CurrencyZAR = new("currencyZAR");
    /// <summary>Currency: Indian Rupee (₹)</summary>
    public static readonly Unit CurrencyINR = new("currencyINR");
    /// <summary>Currency: South Korean Won (₩)</summary>
    public static readonly Unit CurrencyKRW = new("currencyKRW");
    /// <summary>Currency: Indonesian Rupiah (Rp)</summary>
    public static readonly Unit CurrencyIDR = new("currencyIDR");
    /// <summary>Currency: Philippine Peso (PHP)</summary>
    public static readonly Unit CurrencyPHP = new("currencyPHP");
    /// <summary>Currency: Vietnamese Dong (VND)</summary>
    public static readonly Unit CurrencyVND = new("currencyVND");
    /// <summary>Currency: Turkish Lira (₺)</summary>
    public static readonly Unit CurrencyTRY = new("currencyTRY");
    /// <summary>Currency: Malaysian Ringgit (RM)</summary>
    public static readonly Unit CurrencyMYR = new("currencyMYR");
    /// <summary>Currency: CFP franc (XPF)</summary>
    public static readonly Unit CurrencyXPF = new("currencyXPF");
    /// <summary>Currency: Bulgarian Lev (BGN)</summary>
    public static readonly Unit CurrencyBGN = new("currencyBGN");
    /// <summary>Currency: Guaraní (₲)</summary>
    public static readonly Unit CurrencyPYG = new("currencyPYG");
    /// <summary>Currency: Uruguay Peso (UYU)</summary>
    public static readonly Unit CurrencyUYU = new("currencyUYU");
    /// <summary>Currency: Israeli New Shekels (₪)</summary>
    public static readonly Unit CurrencyILS = new("currencyILS");
    /// <summary>Data: bytes(IEC)</summary>
    public static readonly Unit Bytes = new("bytes");
    /// <summary>Data: bytes(SI)</summary>
    public static readonly Unit DecBytes = new("decbytes");
    /// <summary>Data: bits(IEC)</summary>
    public static readonly Unit Bits = new("bits");
    /// <summary>Data: bits(SI)</summary>
    public static readonly Unit DecBits = new("decbits");
    /// <summary>Data: kibibytes</summary>
    public static readonly Unit Kibibytes = new("kbytes");
    /// <summary>Data: kilobytes</summary>
    public static readonly Unit Kilobytes = new("deckbytes");
    /// <summary>Data: mebibytes</summary>
    public static readonly Unit Mebibytes = new("mbytes");
    /// <summary>Data: megabytes</summary>
    public static readonly Unit Megabytes = new("decmbytes");
    /// <summary>Data: gibibytes</summary>
    public static readonly Unit Gibibytes = new("gbytes");
    /// <summary>Data: gigabytes</summary>
    public static readonly Unit Gigabytes = new("decgbytes");
    /// <summary>Data: tebibytes</summary>
    public static readonly Unit Tebibytes = new("tbytes");
    /// <summary>Data: terabytes</summary>
    public static readonly Unit Terabytes = new("dectbytes");
    /// <summary>Data: pebibytes</summary>
    public static readonly Unit Pebibytes = new("pbytes");
    /// <summary>Data: petabytes</summary>
    public static readonly Unit Petabytes = new("decpbytes");
    /// <summary>Data rate: packets/sec</summary>
    public static readonly Unit PacketsPerSecond = new("pps");
    /// <summary>Data rate: bytes/sec(IEC)</summary>
    public static readonly Unit BytesPerSecondIEC = new("binBps");
    /// <summary>Data rate: bytes/sec(SI)</summary>
    public static readonly Unit BytesPerSecondSI = new("Bps");
    /// <summary>Data rate: bits/sec(IEC)</summary>
    public static readonly Unit BitsPerSecondIEC = new("binbps");
    /// <summary>Data rate: bits/sec(SI)</summary>
    public static readonly Unit BitsPerSecondSI = new("bps");
    /// <summary>Data rate: kibibytes/sec</summary>
    public static readonly Unit KibibytesPerSecond = new("KiBs");
    /// <summary>Data rate: kibibits/sec</summary>
    public static readonly Unit KibibitsPerSecond = new("Kibits");
    /// <summary>Data rate: kilobytes/sec</summary>
    public static readonly Unit KilobytesPerSecond = new("KBs");
    /// <summary>Data rate: kilobits/sec</summary>
    public static readonly Unit KilobitsPerSecond = new("Kbits");
    /// <summary>Data rate: mebibytes/sec</summary>
    public static readonly Unit MebibytesPerSecond = new("MiBs");
    /// <summary>Data rate: mebibits/sec</summary>
    public static readonly Unit MebibitsPerSecond = new("Mibits");
    /// <summary>Data rate: megabytes/sec</summary>
    public static readonly Unit MegabytesPerSecond = new("MBs");
    /// <summary>Data rate: megabits/sec</summary>
    public static readonly Unit MegabitsPerSecond = new("Mbits");
    /// <summary>Data rate: gibibytes/sec</summary>
    public static readonly Unit GibibytesPerSecond = new("GiBs");
    /// <summary>Data rate: gibibits/sec</summary>
    public static readonly Unit GibibitsPerSecond = new("Gibits");
    /// <summary>Data rate: gigabytes/sec</summary>
    public static readonly Unit GigabytesPerSecond = new("GBs");
    /// <summary>Data rate: gigabits/sec</summary>
    public static readonly Unit GigabitsPerSecond = new("Gbits");
    /// <summary>Data rate: tebibytes/sec</summary>
    public static readonly Unit TebibytesPerSecond = new("TiBs");
    /// <summary>Data rate: tebibits/sec</summary>
    public static readonly Unit TebibitsPerSecond = new("Tibits");
    /// <summary>Data rate: terabytes/sec</summary>
    public static readonly Unit TerabytesPerSecond = new("TBs");
    /// <summary>Data rate: terabits/sec</summary>
    public static readonly Unit TerabitsPerSecond = new("Tbits");
    /// <summary>Data rate: pebibytes/sec</summary>
    public static readonly Unit PebibytesPerSecond = new("PiBs");
    /// <summary>Data rate: pebibits/sec</summary>
    public static readonly Unit PebibitsPerSecond = new("Pibits");
    /// <summary>Data rate: petabytes/sec</summary>
    public static readonly Unit PetabytesPerSecond = new("PBs");
    /// <summary>Data rate: petabits/sec</summary>
    public static readonly Unit PetabitsPerSecond = new("Pbits");
    /// <summary>Date &amp; time: Datetime ISO</summary>
    public static readonly Unit DatetimeISO = new("dateTimeAsIso");
    /// <summary>Date &amp; time: Datetime ISO (No date if today)</summary>
    public static readonly Unit DatetimeISONotToday = new("dateTimeAsIsoNoDateIfToday");
    /// <summary>Date &amp; time: Datetime US</summary>
    public static readonly Unit DatetimeUS = new("dateTimeAsUS");
    /// <summary>Date &amp; time: Datetime US (No date if today)</summary>
    public static readonly Unit DatetimeUSNotToday = new("dateTimeAsUSNoDateIfToday");
    /// <summary>Date &amp; time: Datetime local</summary>
    public static readonly Unit DatetimeLocal = new("dateTimeAsLocal");
    /// <summary>Date &amp; time: Datetime local (No date if today)</summary>
    public static readonly Unit DatetimeLocalNotToday = new("dateTimeAsLocalNoDateIfToday");
    /// <summary>Date &amp; time: Datetime default</summary>
    public static readonly Unit DatetimeDefault = new("dateTimeAsSystem");
    /// <summary>Date &amp; time: From Now</summary>
    public static readonly Unit DateTimeFromNow = new("dateTimeFromNow");
    /// <summary>Energy: Watt (W)</summary>
    public static readonly Unit Watt = new("watt");
    /// <summary>Energy: Kilowatt (kW)</summary>
    public static readonly Unit KiloWatt = new("kwatt");
    /// <summary>Energy: Megawatt (MW)</summary>
    public static readonly Unit MegaWatt = new("megwatt");
    /// <summary>Energy: Gigawatt (GW)</summary>
    public static readonly Unit GigaWatt = new("gwatt");
    /// <summary>Energy: Milliwatt (mW)</summary>
    public static readonly Unit MilliWatt = new("mwatt");
    /// <summary>Energy: Watt per square meter (W/m²)</summary>
    public static readonly Unit WattPerSquareMeter = new("Wm2");
    /// <summary>Energy: Volt-Ampere (VA)</summary>
    public static readonly Unit VoltAmpere = new("voltamp");
    /// <summary>Energy: Kilovolt-Ampere (kVA)</summary>
    public static readonly Unit KiloVoltAmpere = new("kvoltamp");
    /// <summary>Energy: Volt-Ampere reactive (VAr)</summary>
    public static readonly Unit VoltAmpereReactive = new("voltampreact");
    /// <summary>Energy: Kilovolt-Ampere reactive (kVAr)</summary>
    public static readonly Unit KiloVoltAmpereReactive = new("kvoltampreact");
    /// <summary>Energy: Watt-hour (Wh)</summary>
    public static readonly Unit WattHour = new("watth");
    /// <summary>Energy: Watt-hour per Kilogram (Wh/kg)</summary>
    public static readonly Unit WattHourPerKilogram = new("watthperkg");
    /// <summary>Energy: Kilowatt-hour (kWh)</summary>
    public static readonly Unit KiloWattHour = new("kwatth");
    /// <summary>Energy: Kilowatt-min (kWm)</summary>
    public static readonly Unit KiloWattMinute = new("kwattm");
    /// <summary>Energy: Megawatt-hour (MWh)</summary>
    public static readonly Unit MegaWattHour = new("mwatth");
    /// <summary>Energy: Ampere-hour (Ah)</summary>
    public static readonly Unit AmpereHour = new("amph");
    /// <summary>Energy: Kiloampere-hour (kAh)</summary>
    public static readonly Unit KiloAmpereHour = new("kamph");
    /// <summary>Energy: Milliampere-hour (mAh)</summary>
    public static readonly Unit MilliAmpereHour = new("mamph");
    /// <summary>Energy: Joule (J)</summary>
    public static readonly Unit Joule = new("joule");
    /// <summary>Energy: Electron volt (eV)</summary>
    public static readonly Unit ElectronVolt = new("ev");
    /// <summary>Energy: Ampere (A)</summary>
    public static readonly Unit Ampere = new("amp");
    /// <summary>Energy: Kiloampere (kA)</summary>
    public static readonly Unit KiloAmpere = new("kamp");
    /// <summary>Energy: Milliampere (mA)</summary>
    public static readonly Unit MilliAmpere = new("mamp");
    /// <summary>Energy: Volt (V)</summary>
    public static readonly Unit Volt = new("volt");
    /// <summary>Energy: Kilovolt (kV)</summary>
    public static readonly Unit KiloVolt = new("kvolt");
    /// <summary>Energy: Millivolt (mV)</summary>
    public static readonly Unit MilliVolt = new("mvolt");
    /// <summary>Energy: Decibel-milliwatt (dBm)</summary>
    public static readonly Unit DecibelMilliWatt = new("dBm");
    /// <summary>Energy: Milliohm (mΩ)</summary>
    public static readonly Unit MilliOhm = new("mohm");
    /// <summary>Energy: Ohm (Ω)</summary>
    public static readonly Unit Ohm = new("ohm");
    /// <summary>Energy: Kiloohm (kΩ)</summary>
    public static readonly Unit KiloOhm = new("kohm");
    /// <summary>Energy: Megaohm (MΩ)</summary>
    public static readonly Unit MegaOhm = new("Mohm");
    /// <summary>Energy: Farad (F)</summary>
    public static readonly Unit Farad = new("farad");
    /// <summary>Energy: Microfarad (µF)</summary>
    public static readonly Unit MicroFarad = new("µfarad");
    /// <summary>Energy: Nanofarad (nF)</summary>
    public static readonly Unit NanoFarad = new("nfarad");
    /// <summary>Energy: Picofarad (pF)</summary>
    public static readonly Unit PicoFarad = new("pfarad");
    /// <summary>Energy: Femtofarad (fF)</summary>
    public static readonly Unit FemtoFarad = new("ffarad");
    /// <summary>Energy: Henry (H)</summary>
    public static readonly Unit Henry = new("henry");
    /// <summary>Energy: Millihenry (mH)</summary>
    public static readonly Unit MilliHenry = new("mhenry");
    /// <summary>Energy: Microhenry (µH)</summary>
    public static readonly Unit MicroHenry = new("µhenry");
    /// <summary>Energy: Lumens (Lm)</summary>
    public static readonly Unit Lumens = new("lumens");
    /// <summary>Flow: Gallons/min (gpm)</summary>
    public static readonly Unit GallonsPerMinute = new("flowgpm");
    /// <summary>Flow: Cubic meters/sec (cms)</summary>
    public static readonly Unit CubicMetersPerSecond = new("flowcms");
    /// <summary>Flow: Cubic feet/sec (cfs)</summary>
    public static readonly Unit CubicFeetPerSecond = new("flowcfs");
    /// <summary>Flow: Cubic feet/min (cfm)</summary>
    public static readonly Unit CubicFeetPerMinute = new("flowcfm");
    /// <summary>Flow: Litre/hour</summary>
    public static readonly Unit LitrePerHour = new("litreh");
    /// <summary>Flow: Litre/min (L/min)</summary>
    public static readonly Unit LitrePerMinute = new("flowlpm");
    /// <summary>Flow: milliLitre/min (mL/min)</summary>
    public static readonly Unit MilliLitrePerMinute = new("flowmlpm");
    /// <summary>Flow: Lux (lx)</summary>
    public static readonly Unit Lux = new("lux");
    /// <summary>Force: Newton-meters (Nm)</summary>
    public static readonly Unit NewtonMeters = new("forceNm");
    /// <summary>Force: Kilonewton-meters (kNm)</summary>
    public static readonly Unit KiloNewtonMeters = new("forcekNm");
    /// <summary>Force: Newtons (N)</summary>
    public static readonly Unit Newtons = new("forceN");
    /// <summary>Force: Kilonewtons (kN)</summary>
    public static readonly Unit KiloNewtons = new("forcekN");
    /// <summary>Hash rate: hashes/sec</summary>
    public static readonly Unit HashesPerSecond = new("Hs");
    /// <summary>Hash rate: kilohashes/sec</summary>
    public static readonly Unit KiloHashesPerSecond = new("KHs");
    /// <summary>Hash rate: megahashes/sec</summary>
    public static readonly Unit MegaHashesPerSecond = new("MHs");
    /// <summary>Hash rate: gigahashes/sec</summary>
    public static readonly Unit GigaHashesPerSecond = new("GHs");
    /// <summary>Hash rate: terahashes/sec</summary>
    public static readonly Unit TeraHashesPerSecond = new("THs");
    /// <summary>Hash rate: petahashes/sec</summary>
    public static readonly Unit PetaHashesPerSecond = new("PHs");
    /// <summary>Hash rate: exahashes/sec</summary>
    public static readonly Unit ExaHashesPerSecond = new("EHs");
    /// <summary>Mass: milligram (mg)</summary>
    public static readonly Unit Milligram = new("massmg");
    /// <summary>Mass: gram (g)</summary>
    public static readonly Unit Gram = new("massg");
    /// <summary>Mass: pound (lb)</summary>
    public static readonly Unit Pound = new("masslb");
    /// <summary>Mass: kilogram (kg)</summary>
    public static readonly Unit Kilogram = new("masskg");
    /// <summary>Mass: metric ton (t)</summary>
    public static readonly Unit MetricTon = new("masst");
    /// <summary>Length: millimeter (mm)</summary>
    public static readonly Unit Millimeter = new("lengthmm");
    /// <summary>Length: centimeter (cm)</summary>
    public static readonly Unit Centimeter = new("lengthcm");
    /// <summary>Length: inch (in)</summary>
    public static readonly Unit Inch = new("lengthin");
    /// <summary>Length: feet (ft)</summary>
    public static readonly Unit Feet = new("lengthft");
    /// <summary>Length: meter (m)</summary>
    public static readonly Unit Meter = new("lengthm");
    /// <summary>Length: kilometer (km)</summary>
    public static readonly Unit Kilometer = new("lengthkm");
    /// <summary>Length: mile (mi)</summary>
    public static readonly Unit Mile = new("lengthmi");
    /// <summary>Pressure: Millibars</summary>
    public static readonly Unit Millibars = new("pressurembar");
    /// <summary>Pressure: Bars</summary>
    public static readonly Unit Bars = new("pressurebar");
    /// <summary>Pressure: Kilobars</summary>
    public static readonly Unit Kilobars = new("pressurekbar");
    /// <summary>Pressure: Pascals</summary>
    public static readonly Unit Pascals = new("pressurepa");
    /// <summary>Pressure: Hectopascals</summary>
    public static readonly Unit Hectopascals = new("pressurehpa");
    /// <summary>Pressure: Kilopascals</summary>
    public static readonly Unit Kilopascals = new("pressurekpa");
    /// <summary>Pressure: Inches of mercury</summary>
    public static readonly Unit InchesOfMercury = new("pressurehg");
    /// <summary>Pressure: PSI</summary>
    public static readonly Unit PSI = new("pressurepsi");
    /// <summary>Radiation: Becquerel (Bq)</summary>
    public static readonly Unit Becquerel = new("radbq");
    /// <summary>Radiation: curie (Ci)</summary>
    public static readonly Unit Curie = new("radci");
    /// <summary>Radiation: Gray (Gy)</summary>
    public static readonly Unit Gray = new("radgy");
    /// <summary>Radiation: rad</summary>
    public static readonly Unit Rad = new("radrad");
    /// <summary>Radiation: Sievert (Sv)</summary>
    public static readonly Unit Sievert = new("radsv");
    /// <summary>Radiation: milliSievert (mSv)</summary>
    public static readonly Unit Millisievert = new("radmsv");
    /// <summary>Radiation: microSievert (µSv)</summary>
    public static readonly Unit Microsievert = new("radusv");
    /// <summary>Radiation: rem</summary>
    public static readonly Unit Rem = new("radrem");
    /// <summary>Radiation: Exposure (C/kg)</summary>
    public static readonly Unit Exposure = new("radexpckg");
    /// <summary>Radiation: roentgen (R)</summary>
    public static readonly Unit Roentgen = new("radr");
    /// <summary>Radiation: Sievert/hour (Sv/h)</summary>
    public static readonly Unit SievertPerHour = new("radsvh");
    /// <summary>Radiation: milliSievert/hour (mSv/h)</summary>
    public static readonly Unit MillisievertPerHour = new("radmsvh");
    /// <summary>Radiation: microSievert/hour (µSv/h)</summary>
    public static readonly Unit MicrosievertPerHour = new("radusvh");
    /// <summary>Rotational Speed: Revolutions per minute (rpm)</summary>
    public static readonly Unit RevolutionsPerMinute = new("rotrpm");
    /// <summary>Rotational Speed: Hertz (Hz)</summary>
    public static readonly Unit HertzRotation = new("rothz");
    /// <summary>Rotational Speed: Kilohertz (kHz)</summary>
    public static readonly Unit KilohertzRotation = new("rotkhz");
    /// <summary>Rotational Speed: Megahertz (MHz)</summary>
    public static readonly Unit MegahertzRotation = new("rotmhz");
    /// <summary>Rotational Speed: Gigahertz (GHz)</summary>
    public static readonly Unit GigahertzRotation = new("rotghz");
    /// <summary>Rotational Speed: Radians per second (rad/s)</summary>
    public static readonly Unit RadiansPerSecond = new("rotrads");
    /// <summary>Rotational Speed: Degrees per second (°/s)</summary>
    public static readonly Unit DegreesPerSecond = new("rotdegs");
    /// <summary>Temperature: Celsius (°C)</summary>
    public static readonly Unit Celsius = new("celsius");
    /// <summary>Temperature: Fahrenheit (°F)</summary>
    public static readonly Unit Fahrenheit = new("fahrenheit");
    /// <summary>Temperature: Kelvin (K)</summary>
    public static readonly Unit Kelvin = new("kelvin");
    /// <summary>Time: Hertz (1/s)</summary>
    public static readonly Unit Hertz = new("hertz");
    /// <summary>Time: nanoseconds (ns)</summary>
    public static readonly Unit Nanoseconds = new("ns");
    /// <summary>Time: microseconds (µs)</summary>
    public static readonly Unit Microseconds = new("µs");
    /// <summary>Time: milliseconds (ms)</summary>
    public static readonly Unit Milliseconds = new("ms");
    /// <summary>Time: seconds (s)</summary>
    public static readonly Unit Seconds = new("s");
    /// <summary>Time: minutes (m)</summary>
    public static readonly Unit Minutes = new("m");
    /// <summary>Time: hours (h)</summary>
    public static readonly Unit Hours = new("h");
    /// <summary>Time: days (d)</summary>
    public static readonly Unit Days = new("d");
    /// <summary>Time: duration (ms)</summary>
    public static readonly Unit DurationMilliseconds = new("dtdurationms");
    /// <summary>Time: duration (s)</summary>
    public static readonly Unit DurationSeconds = new("dtdurations");
    /// <summary>Time: duration (hh:mm:ss)</summary>
    public static readonly Unit DurationInHoursMinutesSeconds = new("dthms");
    /// <summary>Time: duration (d hh:mm:ss)</summary>
    public static readonly Unit DurationInDaysHoursMinutesSeconds = new("dtdhms");
    /// <summary>Time: Timeticks (s/100)</summary>
    public static readonly Unit Timeticks = new("timeticks");
    /// <summary>Time: clock (ms)</summary>
    public static readonly Unit ClockMilliseconds = new("clockms");
    /// <summary>Time: clock (s)</summary>
    public static readonly Unit ClockSeconds = new("clocks");
    /// <summary>Throughput: counts/sec (cps)</summary>
    public static readonly Unit CountsPerSecond = new("cps");
    /// <summary>Throughput: ops/sec (ops)</summary>
    public static readonly Unit OpsPerSecond = new("ops");
    /// <summary>Throughput: requests/sec (rps)</summary>
    public static readonly Unit RequestsPerSecond = new("reqps");
    /// <summary>Throughput: reads/sec (rps)</summary>
    public static readonly Unit ReadsPerSecond = new("rps");
    /// <summary>Throughput: writes/sec (wps)</summary>
    public static readonly Unit WritesPerSecond = new("wps");
    /// <summary>Throughput: I/O ops/sec (iops)</summary>
    public static readonly Unit IOOpsPerSecond = new("iops");
    /// <summary>Throughput: events/sec (eps)</summary>
    public static readonly Unit EventsPerSecond = new("eps");
    /// <summary>Throughput: messages/sec (mps)</summary>
    public static readonly Unit MessagesPerSecond = new("mps");
    /// <summary>Throughput: records/sec (rps)</summary>
    public static readonly Unit RecordsPerSecond = new("recps");
    /// <summary>Throughput: rows/sec (rps)</summary>
    public static readonly Unit RowsPerSecond = new("rowsps");
    /// <summary>Throughput: counts/min (cpm)</summary>
    public static readonly Unit CountsPerMinute = new("cpm");
    /// <summary>Throughput: ops/min (opm)</summary>
    public static readonly Unit OpsPerMinute = new("opm");
    /// <summary>Throughput: requests/min (rpm)</summary>
    public static readonly Unit RequestsPerMinute = new("reqpm");
    /// <summary>Throughput: reads/min (rpm)</summary>
    public static readonly Unit ReadsPerMinute = new("rpm");
    /// <summary>Throughput: writes/min (wpm)</summary>
    public static readonly Unit WritesPerMinute = new("wpm");
    /// <summary>Throughput: events/min (epm)</summary>
    public static readonly Unit EventsPerMinute = new("epm");
    /// <summary>Throughput: messages/min (mpm)</summary>
    public static readonly Unit MessagesPerMinute = new("mpm");
    /// <summary>Throughput: records/min (rpm)</summary>
    public static readonly Unit RecordsPerMinute = new("recpm");
    /// <summary>Throughput: rows/min (rpm)</summary>
    public static readonly Unit RowsPerMinute = new("rowspm");
    /// <summary>Velocity: meters/second (m/s)</summary>
    public static readonly Unit MetersPerSecond = new("velocityms");
    /// <summary>Velocity: kilometers/hour (km/h)</summary>
    public static readonly Unit KilometersPerHour = new("velocitykmh");
    /// <summary>Velocity: miles/hour (mph)</summary>
    public static readonly Unit MilesPerHour = new("velocitymph");
    /// <summary>Velocity: knot (kn)</summary>
    public static readonly Unit Knot = new("velocityknot");
    /// <summary>Volume: millilitre (mL)</summary>
    public static readonly Unit Millilitre = new("mlitre");
    /// <summary>Volume: litre (L)</summary>
    public static readonly Unit Litre = new("litre");
    /// <summary>Volume: cubic meter</summary>
    public static readonly Unit CubicMeter = new("m3");
    /// <summary>Volume: Normal cubic meter</summary>
    public static readonly Unit NormalCubicMeter = new("Nm3");
    /// <summary>Volume: cubic decimeter</summary>
    public static readonly Unit CubicDecimeter = new("dm3");
    /// <summary>Volume: gallons</summary>
    public static readonly Unit Gallons = new("gallons");
    /// <summary>Boolean: True / False</summary>
    public static readonly Unit Boolean = new("bool");
    /// <summary>Boolean: Yes / No</summary>
    public static readonly Unit BoolYesNo = new("bool_yes_no");
    /// <summary>Boolean: On / Off</summary>
    public static readonly Unit BoolOnOff = new("bool_on_off");
}
