package org.vetsim.gui;

import org.junit.jupiter.api.Test;
import org.vetsim.model.Status;
import org.vetsim.model.VetModel;
import org.vetsim.model.YoungPerson;
import org.vetsim.scenario.Scenario;
import sim.field.network.Edge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The picture stays readable and true to the model: a bounded number of nodes, every employer in
 * exactly one node, every young person in one status box, every apprentice on a link.
 */
class SystemPictureTest {

    @Test
    void picturesTheWholeEconomyWithABoundedNumberOfNodes() {
        Scenario scenario = GuiTestScenarios.small(1, "population.young_people=10000",
                "engagement.work_based_learning.apprenticeships=true",
                "engagement.cooperation_contracts.partnerships=true");
        VetModel model = new VetModel(scenario, 11);
        model.start();
        // Within the first year: firms sign partnerships at the first intake (about 110 here); at the
        // next they re-decide against each other and only a handful stay, none in some runs.
        for (int month = 0; month < 12; month++) {
            model.schedule.step(model);
        }
        SystemPicture picture = new SystemPicture();
        picture.layout(model.world());
        picture.update(model);

        List<Object> nodes = new ArrayList<>();
        for (Object node : picture.network.getAllNodes()) {
            nodes.add(node);
        }
        int occupations = scenario.occupations().size();
        long firmNodes = nodes.stream().filter(n -> n instanceof FirmNode).count();
        assertTrue(firmNodes <= occupations * (SystemPicture.LARGEST_PER_OCCUPATION + 1L), "nodes: " + firmNodes);
        int firms = nodes.stream().filter(n -> n instanceof FirmNode).mapToInt(n -> ((FirmNode) n).getFirms()).sum();
        assertEquals(model.world().employers().size(), firms);

        int people = picture.pools().values().stream().mapToInt(StatusPool::getPeople).sum();
        assertEquals(model.world().people().size(), people);

        long apprentices = model.world().people().stream().map(YoungPerson::status)
                .filter(s -> s == Status.APPRENTICE).count();
        assertTrue(apprentices > 0, "the scenario trains apprentices");
        assertEquals(apprentices, picture.pools().get(Status.APPRENTICE).getPeople());
        int onLinks = 0;
        int partnerships = 0;
        Set<Edge> seen = new HashSet<>();
        for (Object node : nodes) {
            for (Object o : picture.network.getEdgesOut(node)) {
                Edge edge = (Edge) o;
                if (seen.add(edge)) {
                    Link link = (Link) edge.info;
                    onLinks += link.kind() == Link.Kind.APPRENTICES ? link.people() : 0;
                    partnerships += link.kind() == Link.Kind.PARTNERSHIP ? 1 : 0;
                }
            }
        }
        assertEquals(apprentices, onLinks);
        assertTrue(partnerships > 0, "partnership links drawn");
    }

    @Test
    void onePersonPerDotWhileTheyFitThenRoundNumbers() {
        assertEquals(1, PeopleCounts.peoplePerDot(240, 240));
        assertEquals(2, PeopleCounts.peoplePerDot(241, 240));
        assertEquals(5, PeopleCounts.peoplePerDot(1000, 240));
        assertEquals(50, PeopleCounts.peoplePerDot(7000, 240));
    }
}
