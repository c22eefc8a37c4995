package kz.kuzet.demo;

/**
 * The free texts of the demo world in the language a state body works in: a body that reads its notices in Russian
 * gets its analysis, recommendations and reports written in Russian, so the documents of the demo world read in
 * one language. Which bodies work in Russian follows from their code, not from the seeded random numbers, so the
 * rest of the world stays as it was.
 */
record DemoTexts(String language) {

    static DemoTexts forBody(String code) {
        return new DemoTexts(Math.floorMod(code.hashCode(), 2) == 0 ? "ru" : "kk");
    }

    boolean russian() {
        return "ru".equals(language);
    }

    String contactPosition() {
        return russian() ? "Начальник управления информационной безопасности"
                : "Ақпараттық қауіпсіздік басқармасының басшысы";
    }

    String location(int floor, int room) {
        return russian() ? floor + " этаж, каб. " + room : floor + " қабат, " + room + " каб.";
    }

    String initialAnalysis(String signature, String source, String host) {
        return russian() ? "Первичный анализ: " + signature + ". Источник " + source + ", объект " + host + "."
                : "Бастапқы талдау: " + signature + ". Көзі " + source + ", нысан " + host + ".";
    }

    String recommendation() {
        return russian() ? "Изолировать хост от сети, сменить учётные данные, обновить антивирусные базы."
                : "Хостты желіден оқшаулау, тіркелгі деректерін ауыстыру, антивирустық базаларды жаңарту.";
    }

    String reportAnalysis() {
        return russian() ? "Анализ проведён, причина установлена." : "Талдау жүргізілді, себебі анықталды.";
    }

    String reportMeasures() {
        return russian() ? "Хост изолирован, пароли сменены." : "Хост оқшауланды, құпиясөздер ауыстырылды.";
    }
}
