package org.silta.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptMatchingTest {

    private final TextAnalysis analysis = TextAnalysis.standard();

    @Test
    void everyExampleSentenceIsAboutItsConceptInItsLanguage() {
        var rows = TestRows.read("concept-examples.tsv");
        assertThat(rows).hasSizeGreaterThan(200);

        assertThat(rows).allSatisfy(row -> {
            var analysed = analysis.analyse(row[2]);
            assertThat(analysed.language()).as(row[2]).isEqualTo(row[1]);
            assertThat(analysed.concepts()).as(row[2]).containsKey(row[0]);
        });
    }

    @Test
    void theSameIdeaInFinnishRussianEnglishUzbekAndKoreanMeetsInOneConcept() {
        var languagesByConcept = new HashMap<String, Set<String>>();
        TestRows.read("concept-examples.tsv")
                .forEach(row -> languagesByConcept.computeIfAbsent(row[0], id -> new HashSet<>()).add(row[1]));
        var activities = Vocabulary.standard().concepts().stream().filter(c -> c.scheme().equals("activity")).toList();

        assertThat(activities).allSatisfy(concept -> assertThat(languagesByConcept.get(concept.id()))
                .as(concept.id()).isNotNull().containsAnyOf("fi", "ru", "en", "uz", "ko"));
        var inAllFive = languagesByConcept.values().stream()
                .filter(languages -> languages.containsAll(Set.of("fi", "ru", "en", "uz", "ko"))).count();
        assertThat(inAllFive).isGreaterThanOrEqualTo(40);
    }

    @Test
    void inflectedAndCompoundFinnishFormsMeetTheirConcept() {
        assertThat(analysis.analyse("Etsimme pilottikouluja").concepts()).containsKey("activity:pilots");
        assertThat(analysis.analyse("Pilottikoulu löytyi").concepts()).containsKey("activity:pilots");
        assertThat(analysis.analyse("Tarvitsemme paikallisen kumppanin").concepts()).containsKey("activity:market-entry");
        assertThat(analysis.analyse("Opettajankoulutusta yliopistossa").concepts()).containsKey("dac:11130");
        assertThat(analysis.analyse("Täydennyskoulutusohjelmia opettajille").concepts()).containsKey("activity:inset");
    }

    @Test
    void aSpecificConceptStaysInsideALongerPhraseOfItsAncestor() {
        var analysed = analysis.analyse("Opettajien perus- ja täydennyskoulutus");

        assertThat(analysed.concepts()).containsKeys("dac:11130", "activity:inset");
    }

    @Test
    void aGenericWordInsideTheLabelOfAnotherConceptIsNotCountedForItself() {
        var analysed = analysis.analyse("Open educational resources for teachers");

        assertThat(analysed.concepts()).containsKey("activity:oer").doesNotContainKey("activity:learning-materials");
    }

    @Test
    void unrelatedTextFindsNoActivity() {
        var analysed = analysis.analyse("The weather in Tashkent was sunny and warm all week.");

        assertThat(analysed.concepts().keySet()).noneMatch(id -> id.startsWith("activity:"));
    }
}
