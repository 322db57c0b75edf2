package org.vetsim.model;

/**
 * Adult staff converted into apprentices ({@link StaffConversion}), month by month: those in
 * training or certified who leave their employer (at the adult separation rate of its size class
 * plus the retirement rate, as any adult there), those who drop out (at an apprentice's dropout
 * rate) and those who complete and are certified; and at each intake, after the employers chose
 * their school-leaver places ({@link EmployerDecisions}) and before the school leavers are placed
 * ({@link Enrolment}), each employer's conversions. Does nothing, and draws nothing, while no
 * adult has been converted and adult apprentices are off.
 */
final class AdultApprentices implements Phase {
    private static final ApprenticePlaces PLACES = new ApprenticePlaces();

    @Override
    public void run(World world) {
        for (Employer employer : world.employers) {
            progress(world, employer);
        }
        if (!StaffConversion.inForce(world) || world.month % 12 != 0) {
            return;
        }
        int months = world.engagement.workBasedLearning().apprenticeshipMonths();
        int started = 0;
        for (Employer employer : world.employers) {
            int converted = StaffConversion.choose(world, employer, PLACES);
            for (int k = 0; k < converted; k++) {
                employer.convertedStaff.start(world.month + months);
            }
            started += converted;
        }
        world.apprenticeStarts.converted(world.month, started);
    }

    /** A month of {@code employer}'s converted staff: leaving, dropout, completion. */
    static void progress(World world, Employer employer) {
        ConvertedStaff converted = employer.convertedStaff;
        if (converted.inTraining() == 0 && converted.certified() == 0) {
            return;
        }
        double exit = world.adultSeparationRate(employer) + world.adults.retirementRate();
        ApprenticeshipEconomics economics = world.convertedStaffEconomics(employer.mentors);
        int draw = 0;
        int certified = converted.certified();
        for (int k = 0; k < certified; k++) {
            if (world.streams.keyed(Stream.STAFF_CONVERSIONS, employer.id(), world.month, draw++) < exit) {
                converted.certifiedLeft();
            }
        }
        for (int k = converted.inTraining() - 1; k >= 0; k--) {
            int end = converted.end(k);
            int t = Math.max(0, economics.months() - (end - world.month));
            double dropout = 1 - economics.stillTraining(t + 1) / Math.max(1e-12, economics.stillTraining(t));
            double u = world.streams.keyed(Stream.STAFF_CONVERSIONS, employer.id(), world.month, draw++);
            if (u < exit + dropout) {
                converted.remove(k);
            } else if (end <= world.month) {
                converted.remove(k);
                converted.certify();
                world.apprenticeStarts.completed();
            }
        }
        while (converted.inTraining() + converted.certified() > employer.adultStaff) {
            if (converted.certified() > 0) {
                converted.certifiedLeft();
            } else {
                converted.remove(converted.inTraining() - 1);
            }
        }
    }
}
