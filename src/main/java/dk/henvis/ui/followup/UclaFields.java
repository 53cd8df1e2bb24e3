package dk.henvis.ui.followup;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.common.Labels;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The three UCLA items with their Danish questions and the answer key; typed as 1, 2 or 3. */
public final class UclaFields extends VBox {
    public UclaFields(UclaAnswers answers, String idPrefix) {
        super(4);
        getStyleClass().add("ucla-fields");
        Label key = new Label(i18n("ui.ucla.key"));
        key.getStyleClass().add("hint");
        key.setWrapText(true);
        key.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        for (int i = 1; i <= 3; i++) {
            TextField field = new TextField();
            field.setId(idPrefix + i);
            field.setPrefColumnCount(2);
            field.setMaxWidth(60);
            field.textProperty().bindBidirectional(answers.item(i));
            Label question = Labels.forControl(UclaAnswers.question(i), field);
            question.setWrapText(true);
            question.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(question, 0, i - 1);
            grid.add(field, 1, i - 1);
            GridPane.setHgrow(question, Priority.ALWAYS);
        }
        ColumnConstraints questions = new ColumnConstraints();
        questions.setHgrow(Priority.ALWAYS);
        questions.setFillWidth(true);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(questions, fields);
        getChildren().addAll(key, grid);
    }
}
