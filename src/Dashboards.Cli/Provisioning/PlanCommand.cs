using System.CommandLine;
using Dashboards.Provisioning;

namespace Dashboards.Cli.Provisioning;

/// <summary><c>plan</c> (alias <c>diff</c>): what push would change, with a unified diff of the normalized JSON.</summary>
internal static class PlanCommand
{
    public static void AddTo(RootCommand root, CliContext context)
    {
        var connection = new GrafanaConnectionOptions();
        var detailed = new Option<bool>("--detailed-exitcode")
        {
            Description = "Exit 6 when there are changes to push (creates, updates or conflicts), 0 when Grafana matches the code.",
        };
        var showCreates = new Option<bool>("--show-new") { Description = "Also print the full JSON of dashboards that would be created." };
        var command = new Command("plan",
            "Compare the compiled dashboards with Grafana (ignoring id, version and this tool's marker) and show per dashboard: " +
            "create, update (with a diff), unchanged, or conflict (changed in Grafana). Writes nothing.");
        command.Aliases.Add("diff");
        command.Options.Add(detailed);
        command.Options.Add(showCreates);
        connection.Bind(command, context, async (verb, cancellationToken) =>
        {
            var (result, documents, settings, client, output, error) = verb;
            IReadOnlyList<PlanOutcome> outcomes;
            try
            {
                await client.CheckAsync(cancellationToken).ConfigureAwait(false);
                outcomes = await new DashboardPlanner(client).TryPlanAsync(documents, cancellationToken).ConfigureAwait(false);
            }
            catch (GrafanaApiException e)
            {
                error.WriteLine(e.Message);
                return ProvisioningExitCodes.ForAbort(e.Failure);
            }
            foreach (var failed in outcomes.Where(o => o.Error is not null))
            {
                output.WriteLine($"? unknown   {failed.Document.Uid} ({failed.Document.Title}): could not read it from Grafana: {failed.Error!.Message}");
            }
            var plan = outcomes.Select(o => o.Plan).OfType<PlannedDashboard>().ToList();
            ReportPrinter.Plan(plan, output, result.GetValue(showCreates));
            if (outcomes.Any(o => o.Error is not null))
            {
                return ProvisioningExitCodes.Failed;
            }
            var pending = plan.Any(p => p.Action != PlanAction.Unchanged);
            return result.GetValue(detailed) && pending ? ProvisioningExitCodes.ChangesPending : ExitCodes.Success;
        });
        root.Subcommands.Add(command);
    }
}
