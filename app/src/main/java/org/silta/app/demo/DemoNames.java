package org.silta.app.demo;

import java.util.List;

/** Invented names for the demo's people, by country: plausible, and belonging to nobody in particular. */
record DemoNames(List<String> first, List<String> last, String locale, String zone, List<String> languages) {

    static DemoNames of(String country) {
        return switch (country) {
            case "FI" -> new DemoNames(List.of("Aino", "Eero", "Helmi", "Juha", "Katja", "Lauri", "Maria", "Mikko", "Noora",
                    "Otto", "Päivi", "Sanna", "Timo", "Ville", "Elina", "Antti"), List.of("Virtanen", "Korhonen", "Mäkinen",
                    "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen"),
                    "fi", "Europe/Helsinki", List.of("fi", "en", "sv"));
            case "UZ" -> new DemoNames(List.of("Dilnoza", "Bekzod", "Shahnoza", "Jasur", "Madina", "Sardor", "Nilufar",
                    "Otabek", "Gulnora", "Rustam", "Zarina", "Aziz"), List.of("Karimov", "Yusupova", "Rakhimov", "Abdullaeva",
                    "Ismoilov", "Nazarova", "Saidov", "Qodirova", "Ergashev", "Mirzaeva", "Tursunov"),
                    "ru", "Asia/Tashkent", List.of("uz", "ru", "en"));
            case "KZ" -> new DemoNames(List.of("Aigerim", "Nurlan", "Dana", "Yerlan", "Saule", "Askar", "Daniyar", "Aruzhan"),
                    List.of("Seitkali", "Abenov", "Zhakupova", "Tulegenov", "Nurpeisova", "Bekova", "Omarov"),
                    "ru", "Asia/Almaty", List.of("kk", "ru", "en"));
            case "KG" -> new DemoNames(List.of("Aibek", "Cholpon", "Nurbek", "Gulzat", "Azamat", "Aida"),
                    List.of("Toktogulov", "Asanova", "Bakirov", "Sydykova", "Mamatov"), "ru", "Asia/Bishkek",
                    List.of("ky", "ru", "en"));
            case "TJ" -> new DemoNames(List.of("Farrukh", "Zarina", "Dilshod", "Mehrangez", "Firuz", "Nigina"),
                    List.of("Rahimov", "Nazarova", "Sharipov", "Davlatova", "Qurbonov"), "ru", "Asia/Dushanbe",
                    List.of("tg", "ru", "en"));
            case "TM" -> new DemoNames(List.of("Merdan", "Ogulgerek", "Batyr", "Aylar"), List.of("Annayev", "Orazova", "Berdiyev"),
                    "ru", "Asia/Ashgabat", List.of("tk", "ru"));
            case "KR" -> new DemoNames(List.of("Jiwoo", "Minjun", "Seoyeon", "Hyunwoo", "Jiyoung", "Dohyun"),
                    List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang"), "en", "Asia/Seoul", List.of("ko", "en"));
            default -> new DemoNames(List.of("Giulia", "Marco", "Sofia", "Luca", "Anna", "Pieter", "Claire", "Jonas"),
                    List.of("Rossi", "Bianchi", "Janssens", "Dubois", "Conti", "Weber"), "en", "Europe/Rome",
                    List.of("en", "fr", "it"));
        };
    }
}
