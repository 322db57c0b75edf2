package org.vetsim.gui;

/** The Console's About tab: what the GUI shows and how to use it, for a first-time user. */
final class AboutText {
    static final String HTML = """
            <html><body style="font-family: sans-serif; margin: 8px">
            <h2>vetsim: employer engagement in vocational education and training</h2>
            <p>An agent-based model of young people, vocational colleges and employers. Employers can
            take part in training through eight mechanisms: apprenticeships and internships, curriculum
            co-design, qualification standards, financial incentives, mentoring, industry councils,
            corporate training centres and co-operation contracts.</p>
            <h3>How to use it</h3>
            <ol>
            <li>Press <b>Play</b> (the triangle at the bottom of this window). The model first runs its
            <b>warm-up</b> years at full speed, which are not charted, then one step per month at a
            pace you can follow: 4 months a second unless you choose another <b>Speed</b> at the top
            of the Model tab, where <b>Full speed</b> is one click away.</li>
            <li>Watch the <b>live charts</b> window and the <b>picture of the system</b>; its legend
            explains the shapes and colours.</li>
            <li>Open the <b>Model</b> tab to see the scenario and to change the <b>policy levers</b>
            (e.g. switch apprenticeships on, or set a subsidy per place). A change made while the
            model runs takes effect from the next month and is marked on the charts; use
            <b>Pause</b> to make it at a precise month.</li>
            <li><b>Scenario &gt; Open Scenario File</b> loads another scenario;
            <b>Scenario &gt; Export Charts as PNG</b> saves the charts.</li>
            </ol>
            <p>Money is in skilled-wage months (one month's wage of a fully skilled worker). The seed in
            the Console tab fixes the run: the same seed and untouched levers give exactly the run of
            <tt>vetsim run</tt>.</p>
            </body></html>
            """;

    private AboutText() {
    }
}
