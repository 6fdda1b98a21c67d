package org.silta.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private final TextAnalysis analysis = TextAnalysis.standard();

    @Test
    void everyApostropheUzbekWritersUseBecomesTheAsciiOne() {
        for (var written : new String[] {"Oʻqituvchi", "O‘qituvchi", "O’qituvchi", "O`qituvchi", "Oʼqituvchi", "O'qituvchi"}) {
            assertThat(TextNormaliser.normalise(written)).as(written).isEqualTo("o'qituvchi");
        }
    }

    @Test
    void uzbekCyrillicBecomesTheOfficialLatinAlphabet() {
        assertThat(TextNormaliser.uzbekToLatin("Ўқитувчилар малакасини ошириш"))
                .isEqualTo(TextNormaliser.normalise("Oʻqituvchilar malakasini oshirish"));
        assertThat(TextNormaliser.uzbekToLatin("Ғарбий шаҳар")).isEqualTo("g'arbiy shahar");
    }

    @Test
    void uzbekInEitherScriptAndWithAnyApostropheIsAnalysedAlike() {
        var latin = analysis.analyse("Oʻqituvchilar malakasini oshirish boʻyicha hamkor kerak");
        var typewriter = analysis.analyse("O'qituvchilar malakasini oshirish bo'yicha hamkor kerak");
        var cyrillic = analysis.analyse("Ўқитувчилар малакасини ошириш бўйича ҳамкор керак");

        assertThat(latin.language()).isEqualTo("uz");
        assertThat(cyrillic.language()).isEqualTo("uz");
        assertThat(typewriter.terms()).isEqualTo(latin.terms());
        assertThat(cyrillic.terms()).isEqualTo(latin.terms());
        assertThat(cyrillic.concepts()).isEqualTo(latin.concepts()).containsKey("activity:inset");
    }

    @Test
    void aStemEndsInOneConsonantWhetherAVowelEndingFollowsOrNot() {
        var analyzers = new LanguageAnalyzers();

        assertThat(analyzers.terms("uz", "darslik darsligi darsliklar")).containsOnly("darslik");
        assertThat(analyzers.terms("kk", "нарық нарығына")).containsOnly("нарық");
        assertThat(analyzers.terms("fi", "käännös käännöksen")).containsOnly("käännös");
        assertThat(analyzers.terms("fi", "paikallinen paikallista paikallisen")).containsOnly("paikal");
    }

    @Test
    void autocompleteKeysAreScriptFree() {
        assertThat(TextNormaliser.asciiKey("Ўқув дастури")).isEqualTo("oquv dasturi");
        assertThat(TextNormaliser.asciiKey("учебник")).isEqualTo("uchebnik");
        assertThat(TextNormaliser.asciiKey("Таҷриба")).isEqualTo("tajriba");
        assertThat(TextNormaliser.asciiKey("  o‘quv — dasturi  ")).isEqualTo("oquv dasturi");
    }
}
