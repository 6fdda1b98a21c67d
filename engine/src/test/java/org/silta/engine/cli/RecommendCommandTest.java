package org.silta.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class RecommendCommandTest {

    @TempDir
    Path dir;

    private static final String PROFILES = """
            {"k": 10, "profiles": [
              {"id": "FI1", "name": "Leikkipolku Oy", "country": "FI", "type": "company", "languages": ["fi"],
               "offers": ["Varhaiskasvatuksen opettajien täydennyskoulutus ja leikkiin perustuva opetussuunnitelma"],
               "needs": ["Paikallinen kumppani Uzbekistanissa"], "concepts": ["isced:0", "sdg:4.2"]},
              {"id": "UZ1", "name": "Maktabgacha ta'lim boshqarmasi", "country": "UZ", "type": "agency",
               "offers": ["Viloyatdagi bog'chalarda yangi usullarni sinab ko'rish imkoniyati"],
               "needs": ["Bog'cha tarbiyachilari uchun malaka oshirish va o'yin orqali o'qitish dasturi"],
               "concepts": ["isced:0"]},
              {"id": "EN1", "name": "Early Years Partners", "type": "ngo",
               "offers": ["Training for kindergarten teachers and a play-based curriculum for preschools"],
               "needs": ["Preschools that want to pilot a play-based curriculum"]},
              {"id": "KR1", "name": "한빛대학교", "type": "university",
               "offers": ["대학원 박사 과정 장학금"], "needs": ["해외 대학과 공동 연구"], "concepts": ["isced:8"]}
            ]}
            """;

    private record Run(int exitCode, String stderr, Path out) {
    }

    private Run recommend(String input, String... extra) throws Exception {
        var in = dir.resolve("profiles.json");
        var out = dir.resolve("result.json");
        Files.writeString(in, input);
        var args = new ArrayList<>(List.of("recommend", "--in", in.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        var err = new ByteArrayOutputStream();
        var original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(EngineCommand.run(args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8), out);
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void writesOneListPerProfileBestFirstWithReasons() throws Exception {
        var run = recommend(PROFILES);

        assertThat(run.exitCode()).isZero();
        var recommendations = JsonFiles.read(run.out()).get("recommendations");
        assertThat(ids(recommendations, "profile")).containsExactly("FI1", "UZ1", "EN1", "KR1");
        for (var entry : recommendations) {
            var partners = entry.get("partners");
            assertThat(ids(partners, "profile")).doesNotContain(entry.get("profile").asString()).doesNotHaveDuplicates();
            for (int i = 1; i < partners.size(); i++) {
                assertThat(partners.get(i).get("score").asDouble()).isLessThanOrEqualTo(partners.get(i - 1).get("score").asDouble());
            }
        }
        var uzbek = recommendations.get(1).get("partners");
        assertThat(ids(uzbek, "profile")).contains("FI1", "EN1").doesNotContain("KR1");
        var reason = uzbek.get(0).get("because").get(0);
        var texts = List.of(reason.get("need").asString(), reason.get("offer").asString());
        assertThat(texts).containsAnyOf("Bog'cha tarbiyachilari uchun malaka oshirish va o'yin orqali o'qitish dasturi",
                "Preschools that want to pilot a play-based curriculum");
        assertThat(ids(reason.get("concepts"), null))
                .containsAnyOf("isced:0", "iscedf:0112", "activity:ece-staff", "activity:play-based-learning");
    }

    @Test
    void theCommandLineKOverridesTheFile() throws Exception {
        var run = recommend(PROFILES, "--k", "1");

        assertThat(run.exitCode()).isZero();
        for (var entry : JsonFiles.read(run.out()).get("recommendations")) {
            assertThat(entry.get("partners").size()).isLessThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"profiles\": [{\"id\": \"A\"}, {\"id\": \"A\"}]}                        | profiles[1].id of A",
            "{\"profiles\": [{\"id\": \"A\", \"concepts\": [\"isced:99\"]}]}          | concepts of A",
            "{\"profiles\": [{\"name\": \"no id\"}]}                                   | profiles[0].id",
            "{\"profiles\": [{\"id\": \"A\", \"offers\": \"not a list\"}]}            | offers of A",
            "{\"profiles\": [{\"id\": \"A\", \"needs\": [3]}]}                        | needs of A",
            "{\"profiles\": [{\"id\": \"A\", \"type\": \"pirate\"}]}                  | type of A",
            "{\"k\": 0, \"profiles\": []}                                              | k",
            "{\"profiles\": {\"id\": \"A\"}}                                            | profiles",
            "{\"profiles\": [{\"id\": \"A\"}                                            | (json)"})
    void badInputExitsWithTwoNamingFileFieldAndIdAndWritesNothing(String input, String where) throws Exception {
        var run = recommend(input.strip());

        assertThat(run.exitCode()).isEqualTo(EngineCommand.BAD_INPUT);
        assertThat(run.stderr().strip()).doesNotContain("\n").startsWith(dir.resolve("profiles.json") + ": " + where);
        assertThat(run.out()).doesNotExist();
    }

    @Test
    void aNonPositiveKOnTheCommandLineIsBadInput() throws Exception {
        var run = recommend(PROFILES, "--k", "0");

        assertThat(run.exitCode()).isEqualTo(EngineCommand.BAD_INPUT);
        assertThat(run.stderr()).contains("--k");
        assertThat(run.out()).doesNotExist();
    }

    private static List<String> ids(JsonNode array, String field) {
        var ids = new ArrayList<String>();
        array.forEach(node -> ids.add(field == null ? node.asString() : node.get(field).asString()));
        return ids;
    }
}
