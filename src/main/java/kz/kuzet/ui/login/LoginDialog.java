package kz.kuzet.ui.login;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Authenticator;
import kz.kuzet.security.LogInFailedException;
import kz.kuzet.security.PasswordHasher;

/**
 * The console's log-in: asks for a user name and password and checks them off the JavaFX thread (the hash is
 * slow on purpose). Stays open on refusal, showing why; hands the actor on when the log-in succeeds.
 */
public final class LoginDialog {

    private LoginDialog() {
    }

    public static ResourceBundle bundle(java.util.Locale locale) {
        return ResourceBundle.getBundle("kz.kuzet.i18n.security", locale);
    }

    /** Shows the dialog; calls {@code onLoggedIn} on the JavaFX thread, or {@code onCancel} if closed. */
    public static void show(Authenticator authenticator, ResourceBundle bundle, Consumer<Actor> onLoggedIn,
            Runnable onCancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(bundle.getString("login.title"));
        dialog.setHeaderText(bundle.getString("login.header"));
        TextField user = new TextField();
        user.setId("loginUser");
        PasswordField password = new PasswordField();
        password.setId("loginPassword");
        Label problem = new Label();
        problem.setId("loginProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(360);
        problem.getStyleClass().add("login-problem");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(bundle.getString("login.user")), user);
        grid.addRow(1, new Label(bundle.getString("login.password")), password);
        grid.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType logIn = new ButtonType(bundle.getString("login.button"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(bundle.getString("login.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(logIn, cancel);
        Button button = (Button) dialog.getDialogPane().lookupButton(logIn);
        button.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            button.setDisable(true);
            problem.setText(bundle.getString("login.checking"));
            String name = user.getText();
            char[] typed = password.getText().toCharArray();
            password.clear();
            Thread checker = new Thread(() -> {
                try {
                    Actor actor = authenticator.logIn(name, typed);
                    Platform.runLater(() -> {
                        dialog.setResult(ButtonType.OK);
                        dialog.close();
                        onLoggedIn.accept(actor);
                    });
                } catch (LogInFailedException | kz.kuzet.store.StoreException e) {
                    Platform.runLater(() -> {
                        problem.setText(MessageFormat.format(bundle.getString("login.failed"),
                                kz.kuzet.text.Explained.of(e, bundle.getLocale())));
                        button.setDisable(false);
                    });
                } finally {
                    PasswordHasher.wipe(typed);
                }
            }, "kuzet-log-in");
            checker.setDaemon(true);
            checker.start();
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != ButtonType.OK) {
                onCancel.run();
            }
        });
        Platform.runLater(user::requestFocus);
        dialog.show();
    }
}
