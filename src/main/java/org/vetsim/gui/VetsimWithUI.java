package org.vetsim.gui;

import org.vetsim.metrics.ReportListener;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.LabourMarketSettings;
import org.vetsim.scenario.PopulationSettings;
import org.vetsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.util.SimpleProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The vetsim model in MASON's Console. It wraps the headless {@link VetModel} by composition (the
 * model imports nothing of Swing) and adds the Model tab (the scenario and the policy levers), live
 * charts and a picture of the system. Every Play builds a fresh model from the current scenario
 * and the seed shown in the Console, so with untouched levers a GUI run equals a headless run with
 * the same seed. The output months pass at a pace a person can follow (a few a second, chosen at
 * the top of the Model tab, where full speed is one click away); the warm-up runs at full speed.
 * The run stops by itself after the scenario's last month.
 */
public final class VetsimWithUI extends GUIState {
    private final ScenarioOpener opener;
    private final LeverControl levers = new LeverControl(this);
    private final Pace pace = new Pace();
    private final List<ReportListener> listeners = new CopyOnWriteArrayList<>();
    private Scenario scenario;
    private long seed;
    private boolean running;
    private LiveCharts charts;
    private ChartsFrame chartsFrame;
    private SystemDisplay display;

    /**
     * @param scenario the scenario to run
     * @param seed the seed of the first run (all 64 bits are used while the Console's seed field is untouched)
     * @param opener reads the scenario files the user opens from the menu
     */
    public VetsimWithUI(Scenario scenario, long seed, ScenarioOpener opener) {
        super(new VetModel(scenario, seed));
        this.scenario = scenario;
        this.seed = seed;
        this.opener = opener;
    }

    /** The title of the Console. */
    public static String getName() {
        return "vetsim: employer engagement in VET";
    }

    /** The Console's About tab. */
    public static Object getInfo() {
        return AboutText.HTML;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        charts = new LiveCharts(scenario);
        chartsFrame = new ChartsFrame(charts, () -> GuiMenus.exportCharts(this, chartsFrame.frame()));
        display = new SystemDisplay(this);
        controller.registerFrame(display.frame());
        controller.registerFrame(chartsFrame.frame());
        display.frame().setVisible(true);
        chartsFrame.frame().setVisible(true);
        if (controller instanceof Console console) {
            GuiMenus.install(console, this);
        }
    }

    @Override
    public void start() {
        long consoleSeed = state.seed();
        if (consoleSeed != (int) seed) {
            seed = consoleSeed;
        }
        VetModel model = new VetModel(scenario, seed);
        model.addListener(charts.newRun(scenario));
        model.addListener(report -> listeners.forEach(listener -> listener.onMonth(report)));
        state = model;
        running = true;
        pace.restart();
        super.start();
        display.start(model);
    }

    @Override
    public boolean step() {
        pace.beforeMonth(!model().world().inWarmup());
        synchronized (state.schedule) {
            if (model().isComplete()) {
                return false;
            }
            boolean more = super.step();
            levers.monthDone();
            return more;
        }
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
        levers.monthDone();
        charts.drain();
    }

    @Override
    public void quit() {
        super.quit();
        charts.stop();
        display.quit();
        chartsFrame.frame().dispose();
    }

    @Override
    public Inspector getInspector() {
        List<ModelInspector.Section> sections = new ArrayList<>();
        sections.add(new ModelInspector.Section("Run", new SimpleProperties(new RunStatus(this))));
        SimpleProperties leverProperties = new SimpleProperties(new EngagementLevers(levers));
        for (PropertyGroup group : EngagementLevers.groups()) {
            sections.add(new ModelInspector.Section(group.title(), new PropertySubset(leverProperties, group)));
        }
        sections.add(new ModelInspector.Section("Population (from the scenario file)",
                new RecordProperties(PopulationSettings.class, () -> scenario.population())));
        sections.add(new ModelInspector.Section("Labour market (from the scenario file)",
                new RecordProperties(LabourMarketSettings.class, () -> scenario.labourMarket())));
        return new ModelInspector(this, new SpeedControl(pace), sections, getMaximumPropertiesForInspector());
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 60;
    }

    /** The model of the current (or last) run. */
    public VetModel model() {
        return (VetModel) state;
    }

    /** The scenario the next run starts from. */
    public Scenario scenario() {
        return scenario;
    }

    /** The seed of the current (or next) run. */
    public long seed() {
        return seed;
    }

    /** Whether a run is in progress (started and not yet finished). */
    public boolean isRunning() {
        return running;
    }

    /** How fast the output months pass; a few months a second unless the user chooses full speed. */
    Pace pace() {
        return pace;
    }

    /** The policy levers of the Model tab. */
    public EngagementLevers levers() {
        return new EngagementLevers(levers);
    }

    /** Adds a listener for the monthly reports of every run (e.g. to collect them in tests). */
    public void addReportListener(ReportListener listener) {
        listeners.add(listener);
    }

    /**
     * Replaces the scenario, e.g. with one opened from a file: clears the charts and the picture
     * and shows the new scenario's legend; the next Play runs it. A run in progress must have been
     * stopped.
     */
    void setScenario(Scenario newScenario) {
        scenario = newScenario;
        charts.newRun(newScenario);
        display.legend().show(newScenario);
        display.showMessage(SystemDisplay.invitation(newScenario));
    }

    void setStartEngagement(Engagement engagement) {
        scenario = scenario.withEngagement(engagement);
    }

    ScenarioOpener opener() {
        return opener;
    }

    LiveCharts charts() {
        return charts;
    }

    SystemDisplay display() {
        return display;
    }

    ChartsFrame chartsFrame() {
        return chartsFrame;
    }
}
