package org.vetsim.gui;

import org.vetsim.model.Employer;
import org.vetsim.model.Occupation;
import org.vetsim.model.Programme;
import org.vetsim.model.Status;
import org.vetsim.model.VetModel;
import org.vetsim.model.World;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The picture of the system as MASON fields: one row per occupation with its college programmes
 * and its largest employers as nodes (the smaller employers as one group node), apprenticeships
 * and partnerships as network links, and below, boxes of dots showing where the young people are.
 * Laid out once per run; {@link #update} copies the model's state after each month, on the model
 * thread. Draws no random numbers.
 */
final class SystemPicture {
    static final double WIDTH = 150;
    static final double HEIGHT = 68;
    static final double POOL_WIDTH = 37;
    static final double POOL_HEIGHT = 7.6;
    static final int DOT_COLUMNS = 40;
    static final int DOT_ROWS = 6;
    static final int LARGEST_PER_OCCUPATION = 8;
    /** Where a row's programmes are drawn: the largest, then the next or a group of all the others. */
    static final double[] PROGRAMME_X = {18.5, 27.5};
    static final double FIRMS_X = 36;
    static final double FIRM_SPACING = 8.2;
    static final double SMALLER_FIRMS_X = 103;
    private static final double ROWS_TOP = 8;
    private static final double ROWS_BOTTOM = 66;
    private static final double POOL_X = 112 + POOL_WIDTH / 2;

    final Continuous2D field = new Continuous2D(10, WIDTH, HEIGHT);
    final Network network = new Network(false);
    private final Map<Employer, FirmNode> firmOf = new HashMap<>();
    private final Map<Programme, ProgrammeNode> programmeOf = new HashMap<>();
    private final List<ProgrammeNode> programmeNodes = new ArrayList<>();
    private final Map<Status, StatusPool> pools = new EnumMap<>(Status.class);
    private final TextItem caption = new TextItem("", Palette.HEADING, Palette.TEXT, false);
    private final TextItem poolHeading = new TextItem("", Palette.HEADING, Palette.TEXT, false);
    private int drawnFirms;

    /** Clears the picture down to one line of text. */
    void message(String text) {
        clear();
        caption.setText(text);
        put(caption, 1, 2.5);
    }

    private void clear() {
        field.clear();
        network.clear();
        firmOf.clear();
        programmeOf.clear();
        programmeNodes.clear();
        pools.clear();
    }

    /** Lays out the nodes of a freshly built world. */
    void layout(World world) {
        clear();
        put(caption, 1, 2.5);
        put(new TextItem("Colleges (size: seats)", Palette.SMALL, Palette.MUTED_TEXT, true), 23, 6.3);
        put(new TextItem("Largest employers (size: staff)", Palette.SMALL, Palette.MUTED_TEXT, true), 65, 6.3);
        put(new TextItem("Smaller firms", Palette.SMALL, Palette.MUTED_TEXT, true), SMALLER_FIRMS_X, 6.3);
        List<Occupation> occupations = world.occupations();
        double rowHeight = (ROWS_BOTTOM - ROWS_TOP) / occupations.size();
        double firmScale = 1;
        double seatScale = 1;
        for (Employer employer : world.employers()) {
            firmScale = Math.max(firmScale, employer.baseStaff());
        }
        for (Programme programme : world.programmes()) {
            seatScale = Math.max(seatScale, programme.seats());
        }
        double groupScale = largestGroupStaff(world);
        double programmeGroupScale = largestProgrammeGroup(world, seatScale);
        drawnFirms = 0;
        for (Occupation occupation : occupations) {
            double y = ROWS_TOP + rowHeight * (occupation.index() + 0.5);
            put(new TextItem(occupation.name().replace('_', '\n'), Palette.HEADING, Palette.TEXT, false), 1, y);
            layoutProgrammes(world, occupation, y, seatScale, programmeGroupScale);
            layoutFirms(world, occupation, y, firmScale, groupScale);
        }
        put(poolHeading, POOL_X - POOL_WIDTH / 2, 6.3);
        List<Status> statuses = StatusPool.shown(world.scenario());
        double poolSpacing = (ROWS_BOTTOM - ROWS_TOP) / statuses.size();
        for (int i = 0; i < statuses.size(); i++) {
            StatusPool pool = new StatusPool(statuses.get(i));
            pools.put(statuses.get(i), pool);
            put(pool, POOL_X, ROWS_TOP + poolSpacing * (i + 0.5));
        }
    }

    /**
     * Draws a row's programmes in at most two places, so that each label can be read: one or two
     * programmes each on its own; with more, the largest (by seats) and a group of the others.
     */
    private void layoutProgrammes(World world, Occupation occupation, double y, double seatScale, double groupScale) {
        List<Programme> offered = new ArrayList<>(world.programmes().stream().filter(p -> p.occupation() == occupation).toList());
        offered.sort(Comparator.comparingInt(Programme::seats).reversed()
                .thenComparingInt(p -> p.college().id()));
        boolean grouped = offered.size() > PROGRAMME_X.length;
        int single = grouped ? PROGRAMME_X.length - 1 : offered.size();
        for (int i = 0; i < single; i++) {
            addProgramme(new ProgrammeNode(List.of(offered.get(i)), false, seatScale), PROGRAMME_X[i], y);
        }
        if (grouped) {
            addProgramme(new ProgrammeNode(offered.subList(single, offered.size()), true, groupScale), PROGRAMME_X[single], y);
        }
    }

    private void addProgramme(ProgrammeNode node, double x, double y) {
        node.programmes().forEach(programme -> programmeOf.put(programme, node));
        programmeNodes.add(node);
        network.addNode(node);
        put(node, x, y);
    }

    private void layoutFirms(World world, Occupation occupation, double y, double firmScale, double groupScale) {
        List<Employer> employers = new ArrayList<>(world.employers().stream()
                .filter(e -> e.occupation() == occupation).toList());
        employers.sort(Comparator.comparingInt(Employer::baseStaff).reversed().thenComparingInt(Employer::id));
        int drawn = Math.min(LARGEST_PER_OCCUPATION, employers.size());
        for (int i = 0; i < drawn; i++) {
            FirmNode node = new FirmNode(List.of(employers.get(i)), false, occupation.name(), firmScale);
            addFirm(node, List.of(employers.get(i)), FIRMS_X + FIRM_SPACING * i, y);
        }
        drawnFirms += drawn;
        List<Employer> rest = employers.subList(drawn, employers.size());
        if (!rest.isEmpty()) {
            addFirm(new FirmNode(rest, true, occupation.name(), groupScale), rest, SMALLER_FIRMS_X, y);
        }
    }

    private void addFirm(FirmNode node, List<Employer> employers, double x, double y) {
        employers.forEach(e -> firmOf.put(e, node));
        network.addNode(node);
        put(node, x, y);
    }

    private static double largestGroupStaff(World world) {
        double largest = 1;
        for (Occupation occupation : world.occupations()) {
            List<Employer> employers = world.employers().stream().filter(e -> e.occupation() == occupation)
                    .sorted(Comparator.comparingInt(Employer::baseStaff).reversed()).toList();
            largest = Math.max(largest, employers.stream().skip(LARGEST_PER_OCCUPATION)
                    .mapToInt(Employer::baseStaff).sum());
        }
        return largest;
    }

    /** Seats at which a group of programmes is drawn full size: the largest group's, at least the largest programme's. */
    private static double largestProgrammeGroup(World world, double seatScale) {
        double largest = seatScale;
        for (Occupation occupation : world.occupations()) {
            List<Integer> seats = world.programmes().stream().filter(p -> p.occupation() == occupation)
                    .map(Programme::seats).sorted(Comparator.reverseOrder()).toList();
            if (seats.size() > PROGRAMME_X.length) {
                largest = Math.max(largest, seats.stream().skip(PROGRAMME_X.length - 1L).mapToInt(Integer::intValue).sum());
            }
        }
        return largest;
    }

    private void put(Object item, double x, double y) {
        field.setObjectLocation(item, new Double2D(x, y));
    }

    /** Copies the state of the model after a month: node figures, links, where the young people are. */
    void update(VetModel model) {
        World world = model.world();
        PeopleCounts counts = PeopleCounts.of(world, programmeOf, firmOf);
        for (ProgrammeNode node : programmeNodes()) {
            node.refresh(counts.interns(node), counts.apprentices(node));
        }
        firmOf.values().stream().distinct().forEach(FirmNode::refresh);
        int largest = 0;
        for (Status status : Status.values()) {
            largest = Math.max(largest, counts.people(status));
        }
        int perDot = PeopleCounts.peoplePerDot(largest, DOT_COLUMNS * DOT_ROWS);
        for (StatusPool pool : pools.values()) {
            pool.set(counts.people(pool.status()), pool.status() == Status.SCHOOL_VET ? counts.allInterns() : 0, perDot);
        }
        network.removeAllEdges();
        counts.apprenticeLinks().forEach((pair, people) ->
                network.addEdge(pair.programme(), pair.firm(), new Link(Link.Kind.APPRENTICES, people)));
        counts.internLinks().forEach((pair, people) ->
                network.addEdge(pair.programme(), pair.firm(), new Link(Link.Kind.INTERNS, people)));
        for (ProgrammeNode node : programmeNodes()) {
            node.programmes().stream().map(Programme::partner).filter(firmOf::containsKey).map(firmOf::get).distinct()
                    .forEach(firm -> network.addEdge(node, firm, new Link(Link.Kind.PARTNERSHIP, 1)));
        }
        caption.setText(caption(model, world));
        poolHeading.setText(String.format("%,d young people (1 dot = %,d)", world.people().size(), perDot));
    }

    private String caption(VetModel model, World world) {
        var simulation = model.scenario().simulation();
        String when = world.inWarmup()
                ? "Warm-up month " + world.month() + " of " + simulation.warmupYears() * 12 + " (charts start after it)"
                : "Month " + Math.min(simulation.outputMonths(), world.outputMonth() - 1) + " of "
                + simulation.outputMonths() + " after warm-up";
        return String.format("%s  ·  %,d employers (the %d largest of each occupation drawn)",
                when, world.employers().size(), LARGEST_PER_OCCUPATION);
    }

    /** The programme nodes, in the order they were laid out. */
    List<ProgrammeNode> programmeNodes() {
        return programmeNodes;
    }

    /** The status boxes, for tests and the legend. */
    Map<Status, StatusPool> pools() {
        return pools;
    }

    int drawnFirms() {
        return drawnFirms;
    }
}
