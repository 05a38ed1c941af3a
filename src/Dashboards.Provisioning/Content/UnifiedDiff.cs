using System.Text;
using DiffPlex;

namespace Dashboards.Provisioning;

/// <summary>A unified-style line diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks with context) built on DiffPlex.</summary>
public static class UnifiedDiff
{
    public static string Create(string oldText, string newText, string oldName, string newName, int context = 3)
    {
        var oldLines = SplitLines(oldText);
        var newLines = SplitLines(newText);
        var blocks = Differ.Instance.CreateLineDiffs(oldText, newText, ignoreWhitespace: false).DiffBlocks;
        if (blocks.Count == 0)
        {
            return "";
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');

        var index = 0;
        while (index < blocks.Count)
        {
            // Merge blocks whose context windows touch into one hunk.
            var last = index;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * context)
            {
                last++;
            }
            var first = blocks[index];
            var oldStart = Math.Max(first.DeleteStartA - context, 0);
            var newStart = Math.Max(first.InsertStartB - context, 0);
            var end = blocks[last];
            var oldEnd = Math.Min(end.DeleteStartA + end.DeleteCountA + context, oldLines.Length);
            var newEnd = Math.Min(end.InsertStartB + end.InsertCountB + context, newLines.Length);

            output.Append($"@@ -{oldStart + 1},{oldEnd - oldStart} +{newStart + 1},{newEnd - newStart} @@\n");
            var position = oldStart;
            for (var b = index; b <= last; b++)
            {
                var block = blocks[b];
                for (; position < block.DeleteStartA; position++)
                {
                    output.Append(' ').Append(oldLines[position]).Append('\n');
                }
                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    output.Append('-').Append(oldLines[block.DeleteStartA + i]).Append('\n');
                }
                for (var i = 0; i < block.InsertCountB; i++)
                {
                    output.Append('+').Append(newLines[block.InsertStartB + i]).Append('\n');
                }
                position = block.DeleteStartA + block.DeleteCountA;
            }
            for (; position < oldEnd; position++)
            {
                output.Append(' ').Append(oldLines[position]).Append('\n');
            }
            index = last + 1;
        }
        return output.ToString();
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
}
