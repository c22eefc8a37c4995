package kz.kuzet.demo;

import java.util.List;
import kz.kuzet.registry.StateBodyKind;

/** Real state bodies of Kazakhstan, with their names in Kazakh and Russian, for the demo world. */
final class DemoBodies {
    private DemoBodies() {
    }

    record Body(String code, StateBodyKind kind, String nameKk, String nameRu, String domain) {
    }

    static final List<Body> ALL = List.of(
            new Body("MDAI", StateBodyKind.MINISTRY,
                    "Қазақстан Республикасының Жасанды интеллект және цифрлық даму министрлігі",
                    "Министерство искусственного интеллекта и цифрового развития Республики Казахстан", "mdai.gov.kz"),
            new Body("MF", StateBodyKind.MINISTRY, "Қазақстан Республикасының Қаржы министрлігі",
                    "Министерство финансов Республики Казахстан", "minfin.gov.kz"),
            new Body("MNE", StateBodyKind.MINISTRY, "Қазақстан Республикасының Ұлттық экономика министрлігі",
                    "Министерство национальной экономики Республики Казахстан", "economy.gov.kz"),
            new Body("MH", StateBodyKind.MINISTRY, "Қазақстан Республикасының Денсаулық сақтау министрлігі",
                    "Министерство здравоохранения Республики Казахстан", "dsm.gov.kz"),
            new Body("MOE", StateBodyKind.MINISTRY, "Қазақстан Республикасының Оқу-ағарту министрлігі",
                    "Министерство просвещения Республики Казахстан", "edu.gov.kz"),
            new Body("MSHE", StateBodyKind.MINISTRY, "Қазақстан Республикасының Ғылым және жоғары білім министрлігі",
                    "Министерство науки и высшего образования Республики Казахстан", "sci.gov.kz"),
            new Body("MLSPP", StateBodyKind.MINISTRY,
                    "Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі",
                    "Министерство труда и социальной защиты населения Республики Казахстан", "enbek.gov.kz"),
            new Body("MOJ", StateBodyKind.MINISTRY, "Қазақстан Республикасының Әділет министрлігі",
                    "Министерство юстиции Республики Казахстан", "adilet.gov.kz"),
            new Body("MFA", StateBodyKind.MINISTRY, "Қазақстан Республикасының Сыртқы істер министрлігі",
                    "Министерство иностранных дел Республики Казахстан", "mfa.gov.kz"),
            new Body("MOA", StateBodyKind.MINISTRY, "Қазақстан Республикасының Ауыл шаруашылығы министрлігі",
                    "Министерство сельского хозяйства Республики Казахстан", "moa.gov.kz"),
            new Body("MOT", StateBodyKind.MINISTRY, "Қазақстан Республикасының Көлік министрлігі",
                    "Министерство транспорта Республики Казахстан", "transport.gov.kz"),
            new Body("MOEN", StateBodyKind.MINISTRY, "Қазақстан Республикасының Энергетика министрлігі",
                    "Министерство энергетики Республики Казахстан", "energo.gov.kz"),
            new Body("MEGNR", StateBodyKind.MINISTRY,
                    "Қазақстан Республикасының Экология және табиғи ресурстар министрлігі",
                    "Министерство экологии и природных ресурсов Республики Казахстан", "ecogeo.gov.kz"),
            new Body("MCS", StateBodyKind.MINISTRY, "Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
                    "Министерство культуры и информации Республики Казахстан", "mki.gov.kz"),
            new Body("MTS", StateBodyKind.MINISTRY, "Қазақстан Республикасының Туризм және спорт министрлігі",
                    "Министерство туризма и спорта Республики Казахстан", "tsm.gov.kz"),
            new Body("MES", StateBodyKind.MINISTRY, "Қазақстан Республикасының Төтенше жағдайлар министрлігі",
                    "Министерство по чрезвычайным ситуациям Республики Казахстан", "emer.gov.kz"),
            new Body("ASPIR", StateBodyKind.AGENCY,
                    "Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің Ұлттық статистика бюросы",
                    "Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан",
                    "stat.gov.kz"),
            new Body("ACDI", StateBodyKind.AGENCY,
                    "Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі",
                    "Агентство Республики Казахстан по противодействию коррупции", "anticorruption.gov.kz"),
            new Body("ARDFM", StateBodyKind.AGENCY,
                    "Қазақстан Республикасының Қаржы нарығын реттеу және дамыту агенттігі",
                    "Агентство Республики Казахстан по регулированию и развитию финансового рынка", "gov.kz/ardfm"),
            new Body("APCD", StateBodyKind.AGENCY,
                    "Қазақстан Республикасының Қорғауды және бәсекелестікті дамыту агенттігі",
                    "Агентство по защите и развитию конкуренции Республики Казахстан", "gov.kz/kzk"),
            new Body("SRC", StateBodyKind.COMMITTEE,
                    "Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті",
                    "Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd.gov.kz"),
            new Body("AST", StateBodyKind.AKIMAT, "Астана қаласының әкімдігі", "Акимат города Астаны", "astana.gov.kz"),
            new Body("ALA", StateBodyKind.AKIMAT, "Алматы қаласының әкімдігі", "Акимат города Алматы", "almaty.gov.kz"),
            new Body("SHY", StateBodyKind.AKIMAT, "Шымкент қаласының әкімдігі", "Акимат города Шымкент",
                    "shymkent.gov.kz"),
            new Body("KRG", StateBodyKind.AKIMAT, "Қарағанды облысының әкімдігі", "Акимат Карагандинской области",
                    "karaganda.gov.kz"),
            new Body("ATY", StateBodyKind.AKIMAT, "Атырау облысының әкімдігі", "Акимат Атырауской области",
                    "atyrau.gov.kz"),
            new Body("TRK", StateBodyKind.AKIMAT, "Түркістан облысының әкімдігі", "Акимат Туркестанской области",
                    "turkestan.gov.kz"),
            new Body("ABY", StateBodyKind.AKIMAT, "Абай облысының әкімдігі", "Акимат области Абай", "abay.gov.kz"));
}
