package org.vetsim.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A training firm's choice of apprentices, on a hand-picked firm of a settled German economy: an
 * abler apprentice learns faster, drops out less and costs less net; what an applicant is worth to
 * the firm rises with the ability the signal shows; the firm takes an applicant worth more than an
 * empty place and turns away one worth less, leaving the place empty; and an applicant turned away
 * by every firm of their occupation still finds a college seat open in another.
 */
class ApprenticeSelectionTest {
    private static ApprenticeshipEconomics economics(World world, double ability) {
        return new ApprenticeshipEconomics(world.engagement, world.scenario.colleges(), false, ability, world.expectedApprenticeLoss());
    }

    private static double value(World world, Employer employer, double ability) {
        return ApprenticePlaces.applicantValue(world, employer, ApprenticePlaces.applicantEconomics(world, employer.mentors, ability));
    }

    private static boolean takes(World world, Employer employer, double ability) {
        return ApprenticePlaces.takes(world, employer, ApprenticePlaces.applicantEconomics(world, employer.mentors, ability));
    }

    @Test
    void anAblerApprenticeLearnsFasterDropsOutLessAndCostsLessNet() {
        World world = Intakes.settledGermany();
        ApprenticeshipEconomics weak = economics(world, 0.2);
        ApprenticeshipEconomics median = economics(world, 0.5);
        ApprenticeshipEconomics able = economics(world, 0.8);
        assertTrue(weak.completion() < median.completion() && median.completion() < able.completion());
        assertTrue(weak.finalProficiency() < median.finalProficiency() && median.finalProficiency() < able.finalProficiency());
        assertTrue(weak.expectedNetCost(1, 1) > median.expectedNetCost(1, 1) && median.expectedNetCost(1, 1) > able.expectedNetCost(1, 1));
        ApprenticeshipEconomics usual = world.apprenticeshipEconomics(false);
        assertEquals(usual.expectedNetCost(1, 1), median.expectedNetCost(1, 1), 1e-12,
                "the firm's offer of places reckons with an apprentice of median ability");
    }

    @Test
    void theFirmTakesAnApplicantWorthMoreThanAnEmptyPlaceAndTurnsAWeakerOneAway() {
        World world = Intakes.settledGermany();
        Employer employer = Intakes.trainer(world);
        double use = -1;
        for (double factor = 0.05; factor < 50; factor *= 1.02) {
            employer.setProductiveUse(factor);
            if (value(world, employer, 0.4) < 0 && value(world, employer, 0.6) > 0) {
                use = factor;
                break;
            }
        }
        assertTrue(use > 0, "some productive use of trainees makes an applicant below the median not worth a place and one above worth it");
        double previous = Double.NEGATIVE_INFINITY;
        for (double ability = 0; ability <= 1.0001; ability += 0.1) {
            double value = value(world, employer, ability);
            assertTrue(value > previous, "value rises with ability: " + value + " at " + ability);
            previous = value;
        }
        assertTrue(takes(world, employer, 0.8));
        assertFalse(takes(world, employer, 0.2));

        YoungPerson weak = Intakes.pupilSeenAs(world, 0.0, 0.2, null);
        YoungPerson strong = Intakes.pupilSeenAs(world, 0.9, 1.0, weak);
        int o = employer.occupation().index();
        Intakes.noSeats(world);
        List<List<Employer>> slots = Intakes.places(world, employer, 1);
        Placement.placeApprentices(world, Intakes.applying(world, o, weak), slots);
        assertNotEquals(Status.APPRENTICE, weak.status, "the weak applicant is turned away");
        assertEquals(0, employer.placesFilled, "and the place stays empty");
        assertEquals(1, slots.get(o).size(), "and open for a later applicant");
        Placement.placeApprentices(world, Intakes.applying(world, o, strong), slots);
        assertSame(employer, strong.trainingFirm, "the able applicant is taken");
    }

    @Test
    void anApplicantTurnedAwayByTheFirmsOfTheirOccupationFindsASeatInAnotherNotADeadEnd() {
        World world = Intakes.settledGermany();
        Employer employer = Intakes.trainer(world);
        employer.setProductiveUse(0.0);
        assertFalse(takes(world, employer, 1.0), "a firm whose trainees do nothing productive takes no one");
        int own = employer.occupation().index();
        Intakes.noSeats(world);
        Programme elsewhere = null;
        for (Programme programme : world.programmes) {
            if (programme.occupation().index() != own && programme.occupation().schoolBased()) {
                elsewhere = programme;
                break;
            }
        }
        elsewhere.openIntake(world.scenario.colleges().programmeMonths(), 1000);
        assertTrue(elsewhere.intakeLeft() > 0);
        List<List<Employer>> slots = Intakes.places(world, employer, 5);
        YoungPerson person = Intakes.pupil(world, 0.4, 0.6, null);
        List<List<YoungPerson>> applicants = Intakes.applying(world, own, person);
        Placement.placeApprentices(world, applicants, slots);
        List<YoungPerson> left = Placement.place(world, applicants, slots, Enrolment.byOccupation(world.occupations.length),
                new OpenSeats(world));
        assertTrue(left.isEmpty(), "not left without a place while a college seat is open elsewhere");
        assertEquals(Status.SCHOOL_VET, person.status);
        assertSame(elsewhere, person.programme, "seated in the other occupation's programme, past the refusing places");
        assertEquals(5, slots.get(own).size(), "the refusing firm's places stay open");
    }
}
