package kz.kuzet.ui.record;

import javafx.scene.Node;

/**
 * What the record view shows around the record itself: the response actions of a live record, or a package's
 * notices and audit entries. The record view places {@link #toolbar()} under its title and {@link #panel()}
 * beside the timeline.
 */
public interface RecordSide {

    /** A row under the title, or null for none. */
    Node toolbar();

    /** The right-hand panel. */
    Node panel();
}
