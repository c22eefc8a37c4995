package kz.kuzet.registry;

/** The steps of installation and technical support that a work order records. */
public enum WorkTask {
    /** study the state body's infrastructure. */
    STUDY(WorkType.INSTALLATION),
    /** deploy the hardware-software complex. */
    DEPLOY(WorkType.INSTALLATION),
    /** configure protection mechanisms and the security policy. */
    CONFIGURE(WorkType.INSTALLATION),
    /** verify that they work. */
    VERIFY(WorkType.INSTALLATION),
    /** install an update released by the vendor. */
    VENDOR_UPDATE(WorkType.SUPPORT),
    /** check the sensor's state, parameters and protection modes. */
    STATE_CHECK(WorkType.SUPPORT),
    /** fix an error or fault. */
    FAULT_FIX(WorkType.SUPPORT),
    /** handle the state body's request about how the sensors work. */
    REQUEST(WorkType.SUPPORT);

    private final WorkType workType;

    WorkTask(WorkType workType) {
        this.workType = workType;
    }

    public WorkType workType() { return workType; }
}
