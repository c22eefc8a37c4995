package kz.kuzet.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kz.kuzet.registry.CoordinatorActivity;
import kz.kuzet.registry.CoordinatorActivityKind;
import kz.kuzet.registry.Sensor;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.WorkOrder;
import kz.kuzet.registry.WorkStatus;
import kz.kuzet.registry.WorkTask;
import kz.kuzet.registry.WorkType;

/**
 * The demo world's work at the state bodies: installation steps where the contract has
 * installation, support work on the sensors where it has support, and the coordinator's work everywhere, some done,
 * some under way, some planned, so the registry's work tabs have something to show. Dates are relative to today.
 */
final class DemoSupportWork {

    private static final List<String> ENGINEERS = List.of("Ахметов Д.", "Сейітқали А.", "Ким В.", "Оразбаев Н.");
    private static final List<String> SUPPORT_NOTES = List.of(
            "Өндірушінің жаңартуы орнатылды, қолтаңба базасы жаңартылды.",
            "Сенсордың күйі мен қорғау режимдері тексерілді.",
            "Оқиғаларды жіберу тоқтап қалды: коллектормен байланыс қалпына келтірілді.",
            "Мемлекеттік органның сұрауы: ережелерді баптау туралы түсіндірме берілді.");
    private static final List<String> ACTIVITIES = List.of(
            "Сыртқы периметрдегі ашық RDP порттарын жабу туралы ұсыным берілді.",
            "Ақпараттық қауіпсіздік саясатын жаңарту туралы ұсыным жіберілді.",
            "Қызметкерлерге фишингтік хаттар туралы нұсқама өткізілді.",
            "Желі сұлбасын және активтер тізілімін өзектендіру ұсынылды.",
            "Құпиясөз саясаты бойынша оқу-жаттығу өткізілді.");

    private final LocalDate today;

    DemoSupportWork(LocalDate today) {
        this.today = today;
    }

    /** Writes the body's work orders and coordinator's activities; returns {work orders, activities}. */
    int[] write(EntityManager em, StateBody body, List<Sensor> sensors, Random random) {
        int orders = 0;
        Set<WorkType> work = body.getWorkTypes();
        if (work.contains(WorkType.INSTALLATION)) {
            orders += installation(em, body, sensors, random);
        }
        if (work.contains(WorkType.SUPPORT)) {
            orders += support(em, body, sensors, random);
        }
        int activities = 2 + random.nextInt(3);
        for (int i = 0; i < activities; i++) {
            CoordinatorActivityKind kind = CoordinatorActivityKind.values()[i % CoordinatorActivityKind.values().length];
            em.persist(new CoordinatorActivity(body, kind, today.minusDays(3 + 20L * i + random.nextInt(15)),
                    "coordinator." + body.getCode().toLowerCase(), pick(ACTIVITIES, random)));
        }
        return new int[] {orders, activities};
    }

    /** The installation steps in order: the earlier done, the next under way, the last planned. */
    private int installation(EntityManager em, StateBody body, List<Sensor> sensors, Random random) {
        WorkTask[] steps = {WorkTask.STUDY, WorkTask.DEPLOY, WorkTask.CONFIGURE, WorkTask.VERIFY};
        int done = 1 + random.nextInt(steps.length);
        LocalDate opened = today.minusDays(60 + random.nextInt(30));
        for (int i = 0; i < steps.length; i++) {
            Sensor sensor = steps[i] == WorkTask.STUDY ? null : sensors.get(sensors.size() - 1);
            WorkOrder w = new WorkOrder(body, sensor, steps[i], opened, opened.plusDays(14), pick(ENGINEERS, random),
                    null);
            if (i < done) {
                w.progress(WorkStatus.DONE, opened.plusDays(3 + random.nextInt(10)), w.getEngineer(), null);
            } else if (i == done) {
                w.progress(WorkStatus.IN_PROGRESS, null, w.getEngineer(), null);
            }
            em.persist(w);
            opened = opened.plusDays(15);
        }
        return steps.length;
    }

    private int support(EntityManager em, StateBody body, List<Sensor> sensors, Random random) {
        WorkTask[] tasks = {WorkTask.VENDOR_UPDATE, WorkTask.STATE_CHECK, WorkTask.FAULT_FIX, WorkTask.REQUEST};
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            WorkTask task = tasks[random.nextInt(tasks.length)];
            LocalDate opened = today.minusDays(random.nextInt(50));
            Sensor sensor = task == WorkTask.REQUEST ? null : sensors.get(random.nextInt(sensors.size()));
            String notes = SUPPORT_NOTES.get(task.ordinal() - WorkTask.VENDOR_UPDATE.ordinal());
            WorkOrder w = new WorkOrder(body, sensor, task, opened, opened.plusDays(5 + random.nextInt(10)),
                    pick(ENGINEERS, random), notes);
            int roll = random.nextInt(10);
            if (roll < 5 && opened.isBefore(today)) {
                w.progress(WorkStatus.DONE, opened.plusDays(Math.min(random.nextInt(4),
                        today.toEpochDay() - opened.toEpochDay())), w.getEngineer(), notes);
            } else if (roll < 8) {
                w.progress(WorkStatus.IN_PROGRESS, null, w.getEngineer(), notes);
            } else if (roll == 9) {
                w.progress(WorkStatus.CANCELLED, null, w.getEngineer(), notes);
            }
            em.persist(w);
        }
        return count;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
