package org.silta.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupsCommandTest {

    @TempDir
    Path directory;

    private static final String PARTICIPANTS = """
            [{"id": "P1", "country": "FI", "type": "company", "interests": ["vet", "digital"]},
             {"id": "P2", "country": "UZ", "type": "ministry", "interests": ["digital"]},
             {"id": "P3", "country": "UZ", "type": "school", "interests": ["vet"]},
             {"id": "P4", "country": "FI", "type": "school"}]""";

    private static String instance(String groups, String participants) {
        return """
                {%s, "rounds": 2, "themes": ["vet", "digital"], "diversify": ["country", "type"],
                 "participants": %s}""".formatted(groups, participants);
    }

    private record Run(int exitCode, String stderr, Path out) {
    }

    private Run run(String json) throws Exception {
        var in = directory.resolve("instance.json");
        var out = directory.resolve("result.json");
        Files.writeString(in, json);
        var stderr = new ByteArrayOutputStream();
        var original = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int code = EngineCommand.run("groups", "--in", in.toString(), "--out", out.toString(), "--seed", "3");
            return new Run(code, stderr.toString(StandardCharsets.UTF_8), out);
        } finally {
            System.setErr(original);
        }
    }

    private static void assertRefused(Run run, String... named) {
        assertThat(run.exitCode()).isEqualTo(EngineCommand.BAD_INPUT);
        assertThat(run.stderr().lines().toList()).hasSize(1);
        assertThat(run.stderr()).contains("instance.json");
        assertThat(run.stderr()).contains(named);
        assertThat(run.out()).doesNotExist();
    }

    @Test
    void writesGroupsForEveryRound() throws Exception {
        var run = run(instance("\"groups\": 2, \"minSize\": 2, \"maxSize\": 2", PARTICIPANTS));

        assertThat(run.exitCode()).isZero();
        var result = JsonFiles.read(run.out());
        assertThat(result.get("rounds").size()).isEqualTo(2);
        var group = result.get("rounds").get(0).get("groups").get(0);
        assertThat(group.get("id").stringValue()).isEqualTo("G1");
        assertThat(group.get("theme").stringValue()).isIn("vet", "digital");
        assertThat(group.get("members").size()).isEqualTo(2);
        assertThat(result.get("stats").get("repeatedPairs").isInt()).isTrue();
        assertThat(result.get("stats").get("interestMatched").isNumber()).isTrue();
        assertThat(result.get("stats").get("diversityUpperBound").intValue())
                .isGreaterThanOrEqualTo(result.get("stats").get("diversity").intValue());
    }

    @Test
    void refusesMalformedJson() throws Exception {
        assertRefused(run("{\"groups\": 2, \"participants\": [}"), "(json)");
    }

    @Test
    void refusesDuplicateIds() throws Exception {
        var participants = PARTICIPANTS.replace("\"P4\"", "\"P2\"");
        assertRefused(run(instance("\"groups\": 2", participants)), "id", "P2", "more than once");
    }

    @Test
    void refusesAnAttributeNoParticipantHas() throws Exception {
        var json = instance("\"groups\": 2", PARTICIPANTS).replace("[\"country\", \"type\"]", "[\"country\", \"sector\"]");
        assertRefused(run(json), "diversify", "sector");
    }

    @Test
    void refusesAnAttributeThatIsNotAString() throws Exception {
        var participants = PARTICIPANTS.replace("\"country\": \"UZ\", \"type\": \"school\"", "\"country\": 7, \"type\": \"school\"");
        assertRefused(run(instance("\"groups\": 2", participants)), "country", "P3");
    }

    @Test
    void refusesAnInterestThatIsNotATheme() throws Exception {
        var participants = PARTICIPANTS.replace("[\"digital\"]", "[\"digitl\"]");
        assertRefused(run(instance("\"groups\": 2", participants)), "interests", "P2", "digitl");
    }

    @Test
    void saysSoWhenTheBoundsCannotHold() throws Exception {
        var participants = new StringBuilder("[");
        for (int p = 1; p <= 100; p++) {
            participants.append(p > 1 ? "," : "").append("{\"id\": \"P").append(p).append("\", \"country\": \"FI\", \"type\": \"school\"}");
        }
        participants.append("]");
        var run = run(instance("\"groups\": 8, \"minSize\": 5, \"maxSize\": 10", participants.toString()));

        assertRefused(run, "maxSize", "the bounds cannot hold", "100 participants", "8 groups", "80 places");
    }

    @Test
    void saysSoWhenTheGroupsCannotBeFilled() throws Exception {
        assertRefused(run(instance("\"groups\": 2, \"minSize\": 3", PARTICIPANTS)), "minSize", "the bounds cannot hold");
    }

    @Test
    void refusesANonPositiveGroupCount() throws Exception {
        assertRefused(run(instance("\"groups\": 0", PARTICIPANTS)), "groups", "positive integer");
    }
}
