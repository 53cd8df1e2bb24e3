package dk.henvis.ui.handoutpreview;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * The handout page, scaled to the room it is given: the whole page is always seen, never a scroll bar. It
 * asks for {@code prefHeight} pixels of height (and the page's width at that height); a dialog made smaller
 * by the screen, or by large text that needs more room for the buttons, simply shows the page smaller.
 */
final class PageView extends Region {
    /** Below this the page is not worth showing; the dialog is never made that small on a laptop. */
    private static final double MIN_HEIGHT = 200;
    /** A4 portrait, height over width, until the page has been rendered. */
    private static final double A4 = 297.0 / 210.0;

    private final ImageView image = new ImageView();
    /** A thin line round the page, so its white edge shows against the white dialog. */
    private final Region frame = new Region();
    private final double prefHeight;

    PageView(double prefHeight) {
        this.prefHeight = prefHeight;
        image.setPreserveRatio(true);
        image.setSmooth(true);
        frame.getStyleClass().add("handout-page-frame");
        frame.setMouseTransparent(true);
        getChildren().addAll(image, frame);
        getStyleClass().add("handout-page");
    }

    void setImage(Image page) {
        image.setImage(page);
        requestLayout();
    }

    ImageView imageView() {
        return image;
    }

    private double ratio() {
        Image page = image.getImage();
        return page == null || page.getWidth() <= 0 ? A4 : page.getHeight() / page.getWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightFor(prefHeight);
    }

    @Override
    protected double computePrefWidth(double height) {
        return widthFor(prefHeight);
    }

    @Override
    protected double computeMinHeight(double width) {
        return heightFor(MIN_HEIGHT);
    }

    @Override
    protected double computeMinWidth(double height) {
        return widthFor(MIN_HEIGHT);
    }

    /** This view's height around a page {@code pageHeight} high. */
    private double heightFor(double pageHeight) {
        return pageHeight + snappedTopInset() + snappedBottomInset();
    }

    /** This view's width around a page {@code pageHeight} high. */
    private double widthFor(double pageHeight) {
        return Math.ceil(pageHeight / ratio()) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = Math.max(0, getWidth() - x - snappedRightInset());
        double h = Math.max(0, getHeight() - y - snappedBottomInset());
        // the largest page that fits both ways, centred across and at the top
        double pageHeight = Math.floor(Math.min(h, w * ratio()));
        image.setFitHeight(pageHeight);
        image.setFitWidth(Math.floor(pageHeight / ratio()));
        layoutInArea(image, x, y, w, h, 0, HPos.CENTER, VPos.TOP);
        javafx.geometry.Bounds shown = image.getBoundsInParent();
        frame.resizeRelocate(shown.getMinX(), shown.getMinY(), shown.getWidth(), shown.getHeight());
    }
}
