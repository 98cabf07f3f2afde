package com.touchpoint.views.shell;

import java.util.function.Function;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the left navigation (Data, Import, Customers, …): its title's message key, its icon, and how to build
 * its view for an opened project. The view is built when the entry is first chosen and kept while the project is
 * open; a view that is {@link AutoCloseable} is closed when the project closes (before the project itself).
 */
public record Feature<P extends OpenedProject>(String titleKey, Ikon icon, Function<P, Node> view) {
}
