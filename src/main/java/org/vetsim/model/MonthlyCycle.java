package org.vetsim.model;

import org.vetsim.metrics.ReportListener;

import java.util.List;

/**
 * The simulated month, as one ordered list of named steps. MASON's schedule runs them in this
 * order every tick (one tick = one month).
 */
final class MonthlyCycle {
    private MonthlyCycle() {
    }

    static List<Phase> phases(List<ReportListener> listeners) {
        return List.of(
                new PolicyUpdate(),       // reforms and user changes take effect
                new Demography(),         // a cohort enters at the start of each school year
                new EmployerDecisions(),  // places, boards, intern places, partnerships (yearly, and when policies change)
                new AdultApprentices(),   // employers convert adult staff into apprentices (yearly); their progress
                new Technology(),         // requirements drift; curricula and exam standards revised when due
                new Enrolment(),          // the cohort chooses a track, an occupation, a seat or an apprenticeship
                new FirmChange(),         // those whose contract was dissolved may continue in another firm, months kept
                new AfterPlacement(),     // places of the last intake still open filled in the months after it
                new PersonPass(           // each young person in turn:
                        new AgeingOut(),         // those reaching the exit age leave the window
                        new SchoolYearEnd(),     // leavers plan to finish when the school year ends, before the break
                        new Graduation(),        // training that ends this month: exams; firms or hosts keep graduates
                        new Internships(),       // students in their last months are placed with employers
                        new Schooling(),         // learning at school, end of general track, dropout
                        new MilitaryService(),   // conscripts called up and discharged
                        new JobStarts(),         // job seekers hired last month start work
                        new WorkplaceLearning()), // learning as apprentice, intern and employee
                new LabourDemand(),       // business cycle, adult exits, layoffs, vacancies
                new PersonPass(           // each young person in turn:
                        new Births(),            // young women have children; mothers employed at the birth go on paid leave
                        new LabourMigrationChoice(), // migrants return; employed young men choose whether to work abroad
                        new Separations(),       // participation choice (the best option out of a post), quits, on-the-job search
                        new InformalWork(),      // those who left a post this month may take informal work at once
                        new StudentJobs(),       // students choose side jobs, search for them, keep or lose them
                        new JobSearch()),        // who is looking for work this month
                new EntryExam(),          // the primary segment's yearly entry exam; passers take its vacancies first
                new Matching(),           // screening and hiring; adult market fills some vacancies
                new CollegePlanning(),    // colleges adjust seats (yearly)
                new Observation(listeners)); // metrics for the month
    }
}
