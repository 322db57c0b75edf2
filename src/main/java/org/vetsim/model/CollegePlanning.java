package org.vetsim.model;

/**
 * Colleges' yearly planning, in the last month of the school year. Each programme moves its seats
 * (student places over the whole programme) part of the way towards a target. Without industry
 * councils the target is what the last intake's applications would fill. With industry councils
 * (mechanism 6), which pool employers' demand, the same total is shared across occupations in
 * proportion to the last year's vacancies (within an occupation, in proportion to seats), and the
 * move is faster; the total is shared only among the occupations whose programmes drew
 * applications, as seats in an occupation whose applicants all found apprenticeships would stay
 * empty (where firms train, pupils take an apprenticeship first: {@link Placement}), and no
 * occupation is planned below what its own applications would fill, so the seats of an occupation
 * learnt only at school keep its pupils whatever the vacancies elsewhere. Where no occupation
 * with applications had vacancies, the councils have nothing to pool and seats follow
 * applications.
 */
final class CollegePlanning implements Phase {
    @Override
    public void run(World world) {
        if (world.month % 12 != 11) {
            return;
        }
        var councils = world.engagement.industryCouncils();
        if (councils.enabled()) {
            planForDemand(world, councils.seatAdjustmentRate());
        } else {
            planForApplications(world, world.scenario.colleges().seatAdjustmentRate());
        }
    }

    private static void planForApplications(World world, double rate) {
        double yearsPerProgramme = world.scenario.colleges().programmeMonths() / 12.0;
        for (Programme programme : world.programmes) {
            double target = programme.applications() * yearsPerProgramme;
            move(programme, target, rate);
        }
    }

    private static void planForDemand(World world, double rate) {
        int n = world.occupations.length;
        double[] vacancies = new double[n];
        double[] seats = new double[n];
        double[] applications = new double[n];
        double yearsPerProgramme = world.scenario.colleges().programmeMonths() / 12.0;
        double totalTarget = 0;
        for (Programme programme : world.programmes) {
            int o = programme.occupation().index();
            seats[o] += programme.seats();
            applications[o] += programme.applications();
            totalTarget += programme.applications() * yearsPerProgramme;
        }
        double totalVacancies = 0;
        for (int o = 0; o < n; o++) {
            vacancies[o] = applications[o] > 0 ? world.signals.yearlyVacancies(o, world.month) : 0.0;
            totalVacancies += vacancies[o];
        }
        if (totalVacancies <= 0) {
            planForApplications(world, rate);
            return;
        }
        for (Programme programme : world.programmes) {
            int o = programme.occupation().index();
            if (seats[o] == 0) {
                continue;
            }
            double occupationTarget = Math.max(applications[o] * yearsPerProgramme, totalTarget * vacancies[o] / totalVacancies);
            move(programme, occupationTarget * programme.seats() / seats[o], rate);
        }
    }

    private static void move(Programme programme, double target, double rate) {
        programme.setSeats((int) Math.round(programme.seats() + rate * (target - programme.seats())));
    }
}
