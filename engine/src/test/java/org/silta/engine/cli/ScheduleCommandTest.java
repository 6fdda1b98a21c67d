package org.silta.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleCommandTest {

    private static final String VALID = """
            {"name": "t",
             "slots": [{"id": "S01", "start": "2026-03-10T07:00:00Z", "minutes": 20, "capacity": 2},
                       {"id": "S02", "start": "2026-03-10T07:20:00Z", "minutes": 20}],
             "participants": [{"id": "P1", "available": ["S01", "S02"], "maxMeetings": 2, "timeZone": "Asia/Tashkent"},
                              {"id": "P2"}, {"id": "P3"}],
             "requests": [{"id": "R1", "participants": ["P1", "P2"], "weight": 2},
                          {"id": "R2", "participants": ["P1", "P2", "P3"], "slot": "S02"},
                          {"id": "R3", "participants": ["P2", "P3"]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void writesAResultWithEveryRequestOnce() throws Exception {
        var result = run(VALID);

        assertThat(result.code).isZero();
        var tree = JsonFiles.read(dir.resolve("out.json"));
        assertThat(tree.get("meetings").size() + tree.get("unscheduled").size()).isEqualTo(3);
        assertThat(tree.get("upperBound").asLong()).isGreaterThanOrEqualTo(tree.get("stats").get("scheduledWeight").asLong());
        assertThat(tree.get("meetings").values()).anyMatch(m -> m.get("request").asString().equals("R2")
                && m.get("slot").asString().equals("S02") && !m.has("table"));
    }

    @Test
    void malformedJsonIsExitTwoWithOneLine() throws Exception {
        var result = run("{\"slots\": [");

        assertThat(result.code).isEqualTo(2);
        assertThat(result.lines()).hasSize(1);
        assertThat(result.err).contains("in.json").contains("(json)");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"participants\": [\"P1\", \"P2\"], \"weight\": 2|\"participants\": [\"P1\", \"P9\"], \"weight\": 2|requests[].participants of R1|unknown id P9",
        "\"participants\": [\"P1\", \"P2\"], \"weight\": 2|\"participants\": [\"P1\"], \"weight\": 2|requests[].participants of R1|at least two",
        "\"participants\": [\"P1\", \"P2\"], \"weight\": 2|\"participants\": [\"P1\", \"P1\"], \"weight\": 2|requests[].participants of R1|named twice",
        "\"participants\": [\"P1\", \"P2\"], \"weight\": 2|\"participants\": [\"P1\", \"P2\"], \"weight\": 0|requests[].weight of R1|positive",
        "\"participants\": [\"P1\", \"P2\"], \"weight\": 2|\"participants\": [\"P1\", \"P2\"], \"weight\": -3|requests[].weight of R1|positive",
        "\"minutes\": 20, \"capacity\": 2|\"minutes\": 20, \"capacity\": 0|slots[].capacity of S01|positive",
        "\"available\": [\"S01\", \"S02\"]|\"available\": [\"S01\", \"S07\"]|participants[].available of P1|unknown id S07",
        "\"slot\": \"S02\"|\"slot\": \"S09\"|requests[].slot of R2|unknown id S09",
        "{\"id\": \"P3\"}|{\"id\": \"P2\"}|participants[].id of P2|used twice",
    })
    void badInputIsExitTwoWithOneLineNamingFileFieldAndId(String valid, String broken, String field, String problem)
            throws Exception {
        assertThat(VALID).contains(valid);

        var result = run(VALID.replace(valid, broken));

        assertThat(result.code).isEqualTo(2);
        assertThat(result.lines()).hasSize(1);
        assertThat(result.err).contains("in.json").contains(field).contains(problem);
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    private Result run(String instance) throws Exception {
        var in = Files.writeString(dir.resolve("in.json"), instance);
        var err = new ByteArrayOutputStream();
        var original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = EngineCommand.run("schedule", "--in", in.toString(), "--out", dir.resolve("out.json").toString(),
                    "--seconds", "0.3");
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private record Result(int code, String err) {
        java.util.List<String> lines() {
            return err.lines().toList();
        }
    }
}
