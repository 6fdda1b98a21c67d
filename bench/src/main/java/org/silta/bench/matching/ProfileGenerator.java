package org.silta.bench.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.silta.engine.matching.Profile;

/**
 * A seeded pool of realistic profiles for speed measurements: each profile takes the
 * language, country, type and texts of a labelled test-set profile and makes them its own
 * with a place, a size and a time frame written in that language, so no two texts repeat.
 *
 * <p>Run: {@code java -cp bench/target/silta-bench.jar org.silta.bench.matching.ProfileGenerator 10000 42 profiles.json}
 */
public final class ProfileGenerator {

    /** Per language: sentences with {place} and {n}, and the places of the countries that write it. */
    private static final Map<String, List<String>> CLAUSES = Map.of(
            "fi", List.of("Toimimme erityisesti {place} seudulla.", "Kokemusta on yli {n} hankkeesta.",
                    "Tavoitteena on aloittaa vuonna 20{y}.", "Tiimissämme on {n} asiantuntijaa."),
            "sv", List.of("Vi arbetar främst i {place}.", "Vi har erfarenhet av över {n} projekt.",
                    "Vi vill komma igång år 20{y}.", "Vårt team har {n} experter."),
            "en", List.of("We work mainly in {place}.", "We have delivered more than {n} projects.",
                    "We aim to start in 20{y}.", "Our team has {n} specialists."),
            "ru", List.of("Работаем прежде всего в городе {place}.", "За плечами более {n} проектов.",
                    "Планируем начать в 20{y} году.", "В команде {n} специалистов."),
            "uz", List.of("Asosan {place} shahrida ishlaymiz.", "{n} dan ortiq loyiha tajribasi bor.",
                    "20{y}-yilda boshlashni rejalashtirmoqdamiz.", "Jamoamizda {n} nafar mutaxassis bor."),
            "uz-Cyrl", List.of("Асосан {place} шаҳрида ишлаймиз.", "{n} дан ортиқ лойиҳа тажрибаси бор.",
                    "20{y}-йилда бошлашни режалаштирмоқдамиз.", "Жамоамизда {n} нафар мутахассис бор."),
            "kk", List.of("Негізінен {place} қаласында жұмыс істейміз.", "{n} жобадан астам тәжірибеміз бар.",
                    "20{y} жылы бастауды жоспарлап отырмыз.", "Командамызда {n} маман бар."),
            "ky", List.of("Негизинен {place} шаарында иштейбиз.", "{n} долбоордон ашык тажрыйбабыз бар.",
                    "20{y}-жылы баштоону пландап жатабыз.", "Командабызда {n} адис бар."),
            "tg", List.of("Асосан дар шаҳри {place} кор мекунем.", "Беш аз {n} лоиҳа таҷриба дорем.",
                    "Соли 20{y} оғоз карданӣ ҳастем.", "Дар гурӯҳи мо {n} мутахассис кор мекунад."),
            "ko", List.of("주로 {place} 지역에서 활동합니다.", "{n}건 이상의 사업 경험이 있습니다.",
                    "20{y}년에 시작하는 것을 목표로 합니다.", "{n}명의 전문가가 함께합니다."));

    private static final Map<String, List<String>> PLACES = Map.of(
            "fi", List.of("Helsingin", "Tampereen", "Oulun", "Turun", "Jyväskylän", "Kuopion"),
            "sv", List.of("Vasa", "Stockholm", "Göteborg", "Malmö", "Åbo", "Uppsala"),
            "en", List.of("Central Asia", "Seoul", "Helsinki", "Tashkent", "the Nordic countries", "Almaty"),
            "ru", List.of("Ташкент", "Алматы", "Бишкек", "Душанбе", "Караганда", "Ош"),
            "uz", List.of("Toshkent", "Samarqand", "Buxoro", "Namangan", "Andijon", "Nukus"),
            "uz-Cyrl", List.of("Тошкент", "Самарқанд", "Бухоро", "Наманган", "Андижон", "Қарши"),
            "kk", List.of("Алматы", "Астана", "Шымкент", "Ақтөбе", "Павлодар", "Түркістан"),
            "ky", List.of("Бишкек", "Ош", "Каракол", "Нарын", "Талас", "Жалал-Абад"),
            "tg", List.of("Душанбе", "Хуҷанд", "Бохтар", "Кӯлоб", "Истаравшан", "Хоруғ"),
            "ko", List.of("서울", "부산", "대전", "광주", "오산", "수원"));

    private ProfileGenerator() {
    }

    static List<Profile> generate(int count, long seed) {
        var set = TestSet.standard();
        var random = new Random(seed);
        var profiles = new ArrayList<Profile>(count);
        for (int i = 0; i < count; i++) {
            var model = set.profiles().get(random.nextInt(set.profiles().size()));
            var language = set.languageOf().get(model.id());
            var offers = model.offers().stream().map(text -> varied(text, language, random)).toList();
            var needs = model.needs().stream().map(text -> varied(text, language, random)).toList();
            profiles.add(new Profile("G%05d".formatted(i + 1), model.name() + " " + (i + 1), model.country(),
                    model.type(), model.languages(), offers, needs, model.concepts()));
        }
        return profiles;
    }

    private static String varied(String text, String language, Random random) {
        var clauses = CLAUSES.get(language);
        var places = PLACES.get(language);
        var clause = clauses.get(random.nextInt(clauses.size()))
                .replace("{place}", places.get(random.nextInt(places.size())))
                .replace("{n}", Integer.toString(3 + random.nextInt(400)))
                .replace("{y}", Integer.toString(26 + random.nextInt(4)));
        return text + ". " + clause;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        var out = Path.of(args.length > 2 ? args[2] : "profiles-" + count + ".json");
        var document = new LinkedHashMap<String, Object>();
        document.put("k", 10);
        document.put("profiles", generate(count, seed));
        org.silta.engine.cli.JsonFiles.write(out, document);
        System.out.println("wrote " + count + " profiles (seed " + seed + ") to " + out);
    }
}
