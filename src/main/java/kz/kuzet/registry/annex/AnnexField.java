package kz.kuzet.registry.annex;

/** The eight columns of the annex form (R-12.c), in the form's order, with the lengths the registry keeps. */
public enum AnnexField {
    NUMBER(1, 10),
    BODY_NAME(2, 400),
    DEPARTMENT(3, 300),
    LOCATION(4, 200),
    PERSON(5, 200),
    HOST(6, 255),
    IP(7, 45),
    OS(8, 120);

    private final int formColumn;
    private final int maxLength;

    AnnexField(int formColumn, int maxLength) {
        this.formColumn = formColumn;
        this.maxLength = maxLength;
    }

    /** The column's number printed under the form's header (1..8). */
    public int formColumn() { return formColumn; }

    public int maxLength() { return maxLength; }

    /** The name used in JSON and in the comparison: e.g. {@code operating_system}. */
    public String id() {
        return switch (this) {
            case NUMBER -> "number";
            case BODY_NAME -> "body_name";
            case DEPARTMENT -> "department";
            case LOCATION -> "location";
            case PERSON -> "responsible_person";
            case HOST -> "host_name";
            case IP -> "ip_address";
            case OS -> "operating_system";
        };
    }
}
