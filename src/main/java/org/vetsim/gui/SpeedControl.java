package org.vetsim.gui;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.ButtonGroup;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import java.awt.FlowLayout;
import java.awt.Insets;

/**
 * The speed buttons at the top of the Model tab, beside the levers: a few paces in months a
 * second, and full speed one click away.
 */
final class SpeedControl extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String TIP = "How fast the output months pass while the model runs (the warm-up always runs at "
            + "full speed); a lever change shows from the next month.";

    private final transient Pace pace;

    SpeedControl(Pace pace) {
        super(new FlowLayout(FlowLayout.LEFT, 2, 0));
        this.pace = pace;
        setBorder(BorderFactory.createTitledBorder("Speed: months a second"));
        ButtonGroup group = new ButtonGroup();
        for (int choice : Pace.CHOICES) {
            add(button(choice == 12 ? "12 (a year)" : Integer.toString(choice), choice, group));
        }
        add(Box.createHorizontalStrut(6));
        add(button("Full speed", Pace.FULL_SPEED, group));
        setToolTipText(TIP);
        setAlignmentX(LEFT_ALIGNMENT);
        setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, getPreferredSize().height));
    }

    private JToggleButton button(String text, int monthsPerSecond, ButtonGroup group) {
        JToggleButton button = new JToggleButton(text, pace.monthsPerSecond() == monthsPerSecond);
        button.setMargin(new Insets(1, 5, 1, 5));
        button.setToolTipText(TIP);
        button.setName(monthsPerSecond == Pace.FULL_SPEED ? "full speed" : monthsPerSecond + " a second");
        button.addActionListener(event -> pace.set(monthsPerSecond));
        group.add(button);
        return button;
    }
}
