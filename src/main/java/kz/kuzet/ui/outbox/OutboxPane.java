package kz.kuzet.ui.outbox;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.kuzet.ui.console.Views;

/**
 * The outbox on the Reports screen: every notice the mail server has not taken yet (registration number, record,
 * recipient, attempts, last error in plain words and as the server said it, next try) and "Retry now".
 */
public final class OutboxPane {

    private final ResourceBundle bundle;
    private final VBox root;
    private final TableView<OutboxModel.Row> table = new TableView<>();

    public OutboxPane(OutboxModel model, ResourceBundle bundle) {
        this.bundle = bundle;
        Label title = new Label(bundle.getString("outbox.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(bundle.getString("outbox.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        table.setId("outboxTable");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(bundle.getString("outbox.empty")));
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("outbox.col.number", 130, OutboxModel.Row::registrationNumber),
                column("outbox.col.record", 70, r -> String.valueOf(r.recordId())),
                column("outbox.col.recipient", 170, OutboxModel.Row::recipients),
                column("outbox.col.attempts", 60, r -> String.valueOf(r.attempts())),
                column("outbox.col.next", 140, r -> Views.time(r.nextAttemptAt())),
                column("outbox.col.error", 380, r -> r.lastError() == null ? ""
                        : SendOutcome.reason(r.lastError()).format(bundle) + " — " + r.lastError())));
        // the whole error, however long, when the pointer rests on a row
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<OutboxModel.Row> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((o, was, is) -> row.setTooltip(is == null || is.lastError() == null
                    ? null : new Tooltip(is.lastError())));
            return row;
        });
        Button retry = new Button(bundle.getString("outbox.retry"));
        retry.setId("outboxRetryButton");
        if (model.mayRetry()) {
            retry.disableProperty().bind(Bindings.isNull(table.getSelectionModel().selectedItemProperty()));
        } else {
            retry.setDisable(true);
            Tooltip.install(retry, new Tooltip(bundle.getString("outbox.retry.denied")));
        }
        retry.setOnAction(e -> {
            OutboxModel.Row row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.retry(row);
            }
        });
        Label status = new Label();
        status.setId("outboxStatus");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Views.bindNote(status, model.noteProperty(), bundle);
        HBox actions = new HBox(8, retry, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, title, hint, table, actions);
        root.setMinHeight(Region.USE_PREF_SIZE);
    }

    public VBox root() {
        return root;
    }

    private TableColumn<OutboxModel.Row, String> column(String key, double width,
            Function<OutboxModel.Row, String> value) {
        TableColumn<OutboxModel.Row, String> c = new TableColumn<>(bundle.getString(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        return c;
    }
}
