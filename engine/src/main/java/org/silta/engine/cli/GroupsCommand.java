package org.silta.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.silta.engine.grouping.FormedGroups;
import org.silta.engine.grouping.GroupFormer;
import org.silta.engine.grouping.GroupingInstanceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/** {@code silta groups}: breakout groups, as shared/formats/groups.md says. */
@Command(name = "groups", mixinStandardHelpOptions = true,
        description = "Forms breakout groups by theme and interest, mixing the listed attributes, over several rounds.")
public final class GroupsCommand implements Callable<Integer> {

    /** Kept back from --seconds for writing the result. */
    private static final double WRITING_SECONDS = 0.1;

    @Option(names = "--in", required = true, description = "the instance (JSON)")
    Path in;

    @Option(names = "--out", required = true, description = "where to write the result (JSON)")
    Path out;

    @Option(names = "--seconds", defaultValue = "1.4",
            description = "time limit from reading the instance to writing the result; the search's move budget"
                    + " usually ends it sooner (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--seed", defaultValue = "1",
            description = "random seed; same seed, same groups (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        var instance = GroupingInstanceReader.read(in);
        double searchSeconds = seconds - WRITING_SECONDS - (System.nanoTime() - start) / 1e9;
        JsonFiles.write(out, json(GroupFormer.form(instance, seed, Math.max(searchSeconds, 0))));
        return 0;
    }

    private static ObjectNode json(FormedGroups result) {
        var mapper = JsonFiles.mapper();
        var root = mapper.createObjectNode();
        var rounds = root.putArray("rounds");
        for (var round : result.rounds()) {
            var groups = rounds.addObject().putArray("groups");
            for (var group : round) {
                var node = groups.addObject().put("id", group.id());
                if (group.theme() != null) {
                    node.put("theme", group.theme());
                }
                var members = node.putArray("members");
                group.members().forEach(members::add);
            }
        }
        root.set("stats", mapper.valueToTree(result.stats()));
        return root;
    }
}
