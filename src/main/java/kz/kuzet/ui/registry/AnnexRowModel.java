package kz.kuzet.ui.registry;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.annex.AnnexLine;

/** One editable row of the annex editor. {@code sourceRow} is the row's number in the imported file, if any. */
public final class AnnexRowModel {

    private final ObjectProperty<Contour> contour = new SimpleObjectProperty<>();
    private final StringProperty department = new SimpleStringProperty();
    private final StringProperty location = new SimpleStringProperty();
    private final StringProperty person = new SimpleStringProperty();
    private final StringProperty host = new SimpleStringProperty();
    private final StringProperty ip = new SimpleStringProperty();
    private final StringProperty os = new SimpleStringProperty();
    private final int sourceRow;
    private final String bodyName;

    public AnnexRowModel(AnnexLine line) {
        this.sourceRow = line.row();
        this.bodyName = line.bodyName();
        contour.set(line.contour());
        department.set(line.department());
        location.set(line.location());
        person.set(line.person());
        host.set(line.host());
        ip.set(line.ip());
        os.set(line.os());
    }

    public static AnnexRowModel blank(Contour contour) {
        return new AnnexRowModel(new AnnexLine(0, contour, null, null, null, null, null, null, null));
    }

    /** The row as an annex line numbered {@code row} (the editor numbers rows 1, 2, … as shown). */
    public AnnexLine toLine(int row) {
        return new AnnexLine(row, contour.get(), bodyName, trim(department.get()), trim(location.get()),
                trim(person.get()), trim(host.get()), trim(ip.get()), trim(os.get()));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public int sourceRow() { return sourceRow; }
    public ObjectProperty<Contour> contourProperty() { return contour; }
    public StringProperty departmentProperty() { return department; }
    public StringProperty locationProperty() { return location; }
    public StringProperty personProperty() { return person; }
    public StringProperty hostProperty() { return host; }
    public StringProperty ipProperty() { return ip; }
    public StringProperty osProperty() { return os; }
}
