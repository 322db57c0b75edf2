package org.vetsim.metrics;

/**
 * The columns of {@code timeseries.csv}, one value per output month. Money is in skilled-wage
 * months (one month's wage of a fully skilled worker); "last 12 months" rates pool the events of
 * the trailing year because exams and graduations come once a year.
 */
public enum Metric implements MetricColumn {
    STUDENTS_ENROLLED(Bounds.NON_NEGATIVE, "Young people in vocational training: school-based students plus apprentices (stock, end of month)."),
    VET_ENTRY_SHARE(Bounds.UNIT, "Share of the last entering cohort who started vocational training (school-based or apprenticeship); where it begins after further school years (education.vet_start_delay_months), the share who chose it."),
    VET_ENTRANTS_AFTER_GENERAL(Bounds.NON_NEGATIVE, "General-track leavers without a place in higher education who started vocational training (school-based or an apprenticeship) this month."),
    VET_ENTRANTS_OUT_OF_WORK(Bounds.NON_NEGATIVE, "Young people out of education and work (unemployed, or inactive and not caring for a young child) without a vocational certificate or a degree who started vocational training (school-based or an apprenticeship) this month."),
    HIGHER_ENTRANTS_LATE(Bounds.NON_NEGATIVE, "Young people out of education (employed, unemployed, or inactive and not caring for a young child) holding a qualification that admits to higher education, and no degree, who entered higher education this month (late entry, education.late_higher_entry; admitted in the year's ranking for the places of higher_education_entry_rate)."),
    HIGHER_ENTRANTS_LATE_SHARE(Bounds.UNIT, "Late entrants (higher_entrants_late) over all entrants to higher education, general-track leavers included, last 12 months (0 when nobody entered): the share of entrants who did not come straight from school (Korea: 31.8% of 2023 entrants to 4-year universities had not left high school that year, KEDI via docs/research/late-higher-education.md)."),
    GRADUATES(Bounds.NON_NEGATIVE, "Vocational students and apprentices who completed training and sat the exam this month."),
    DROPOUTS(Bounds.NON_NEGATIVE, "Vocational students and apprentices who left training early this month (apprentices hired away mid-training included)."),
    EXAM_PASS_RATE(Bounds.UNIT, "Exam passes over exam takers, last 12 months (0 when nobody sat the exam)."),
    YOUTH_EMPLOYMENT_RATE(Bounds.UNIT, "Employed (apprentices included, as in ILO statistics) over the civilian youth population (conscripts in military service excluded, as in labour force surveys)."),
    YOUTH_UNEMPLOYMENT_RATE(Bounds.UNIT, "Unemployed over the youth labour force (employed plus unemployed; ILO definition)."),
    YOUTH_UNEMPLOYMENT_RATE_15_24(Bounds.UNIT, "Unemployed over the labour force among those aged 15-24 (the OECD, ILO and Eurostat youth band)."),
    NEET_RATE_15_24(Bounds.UNIT, "Unemployed plus inactive not in education over the civilian population aged 15-24 (conscripts excluded)."),
    YOUTH_EMPLOYMENT_RATE_15_24(Bounds.UNIT, "Employed (apprentices included) over the civilian population aged 15-24 (conscripts excluded)."),
    EDUCATION_RATE_20_24(Bounds.UNIT, "Share of those aged 20-24 in education or training: pupils, students and apprentices, over all residents of that age (apprentices count as enrolled, as in the UNESCO-OECD-Eurostat enrolment statistics, and so do students on leave for military service, as registered students; Eurostat 2020, Germany: 65.8% at 20, 51.4% at 22, 38.6% at 24; Korea 49.5%, OECD Education at a Glance 2020)."),
    EDUCATION_RATE_25_29(Bounds.UNIT, "Share of those aged 25-29 in education or training, counted as education_rate_20_24 (Korea 8.3%, OECD Education at a Glance 2020; United States 13%, Census CPS October 2018)."),
    SHARE_TENURE_UNDER_12_MONTHS(Bounds.UNIT, "Share of young employees (apprentices excluded) who have been with their employer for less than 12 months (JILPT compares 7.9% in Japan, 14.6% in Germany, 22.3% in the US and 30.7% in Korea for all ages, 2017)."),
    MEAN_JOB_TENURE_MONTHS(Bounds.NON_NEGATIVE, "Mean months young employees (apprentices excluded) have been with their employer (a kept apprentice counts from the end of training)."),
    NEET_RATE(Bounds.UNIT, "Young people neither in employment nor in education or training (unemployed plus inactive) over the civilian youth population (conscripts excluded)."),
    DEMAND_INDEX(Bounds.NON_NEGATIVE, "Aggregate labour demand relative to its trend this month: the business cycle (deterministic wave and aggregate AR(1) shock), before each occupation's own shock."),
    VACANCIES(Bounds.NON_NEGATIVE, "Open vacancies at the start of this month's hiring."),
    VACANCY_FILL_RATE(Bounds.UNIT, "Share of this month's open vacancies filled this month, by young people (students included, who start when they finish) or from the adult market."),
    MEAN_MONTHS_TO_FIRST_JOB(Bounds.NON_NEGATIVE, "Mean months from leaving education to the first job, over first jobs started in the last 12 months (a job straight after training counts 0; 0 when there were no first jobs)."),
    JOB_ON_LEAVING_SHARE(Bounds.UNIT, "Share of those who finished education in the last 12 months (school-based VET and apprenticeship graduates, general-track leavers not going on to higher education, higher-education graduates; not dropouts) who started work in the month they finished: with a job accepted before leaving, or kept by their training firm or internship host (0 when nobody finished)."),
    VET_GRADUATE_MONTHS_TO_FIRST_JOB(Bounds.NON_NEGATIVE, "Mean months from leaving education to the first job for those who completed vocational training, over first jobs started in the last 12 months."),
    SKILL_SUPPLY_RATIO(Bounds.NON_NEGATIVE, "Certified job seekers (unemployed holders of a vocational certificate) per open vacancy this month (divided by at least one vacancy)."),
    SUPPLY_DEMAND_DISSIMILARITY(Bounds.UNIT, "Dissimilarity index between the occupations of certified job seekers and of open vacancies: half the sum over occupations of the absolute difference of their shares (0 = supply where the jobs are)."),
    CERTIFIED_SKILL_GAP(Bounds.UNIT, "Mean over exam passes of the last 12 months of 1 minus the passer's occupation-specific skill at current requirements: how far a certificate is from current skills."),
    SKILL_MISMATCH(Bounds.UNIT, "Mean over young employees of 1 minus their occupation-specific skill for their job (proficiency times match with current requirements)."),
    CURRICULUM_ALIGNMENT(Bounds.UNIT, "Seat-weighted mean over programmes of the match between the curriculum and current requirements, exp(-lag/scale)."),
    TRAINING_QUALITY_INDEX(Bounds.UNIT, "Mean over learners in vocational training of the quality of what they are taught: teaching quality times curriculum alignment at school, workplace quality at current requirements in the firm, by time share."),
    MEAN_WAGE(Bounds.NON_NEGATIVE, "Mean wage of young employees (apprentices excluded), in skilled-wage units."),
    TRAINING_FIRM_SHARE(Bounds.UNIT, "Share of employers with at least one apprentice."),
    APPRENTICESHIPS_OFFERED(Bounds.NON_NEGATIVE, "Apprenticeship places employers offered for this school year's intake (decided at its start)."),
    APPRENTICESHIPS_FILLED(Bounds.NON_NEGATIVE, "Of those places, the ones filled at the intake."),
    APPRENTICESHIP_FILL_RATE(Bounds.UNIT, "Share of the apprenticeship places offered for this school year's intake that were filled at it (Germany 2019: 525,100 new contracts of 578,200 places offered, 0.91, BIBB); 0 when none were offered."),
    APPRENTICES_PER_STAFF(Bounds.NON_NEGATIVE, "Apprentices per member of employers' staff, adults and young employees (Germany 2019: 1.33 million apprentices over 40.7 million other people in work, 0.033)."),
    APPRENTICE_DROPOUT_RATE(Bounds.UNIT, "Apprenticeships ended early (dropout, or hired away mid-training) over all apprenticeships that ended, last 12 months; 0 when none ended, and 1 in the first training period after apprenticeships start, before any has ended by graduation (German VET statistics: 24.7% of contracts dissolved early, 2014)."),
    APPRENTICE_RETENTION_RATE(Bounds.UNIT, "Graduating apprentices kept on by their training firm over graduating apprentices, last 12 months (0 when none graduated)."),
    POACHING_RATE(Bounds.UNIT, "Apprentices and trained graduates hired away from their training firm in the last 12 months, over those at risk (still at the training firm plus those hired away); 0 when nobody was hired away."),
    COUNTER_OFFERS(Bounds.NON_NEGATIVE, "Outside offers to young employees that their employer matched this month, so that they stayed at a higher wage (apprentices in their final months and trained graduates included): how hard firms compete for the workers others employ."),
    YOUNG_JOB_TO_JOB_MOVES(Bounds.NON_NEGATIVE, "Young employees (apprentices excluded) hired this month straight from their job by another employer."),
    YOUNG_JOB_TO_JOB_SHARE(Bounds.UNIT, "Share of young employees' separations in the last 12 months that went straight to another employer: young_job_to_job_moves over those moves plus quits into unemployment or inactivity, dismissals and lay-offs (apprentices, the end of training and departures abroad or to military service excluded; 0 when there was none). The register's counterpart: employment spells at one establishment against spells of employment without a break (IAB, Germany, docs/ODD.md 7.11)."),
    CERTIFIED_HIRES_BY_NON_TRAINING_FIRMS(Bounds.NON_NEGATIVE, "Hires this month, through the labour market, of holders of a certificate in the vacancy's occupation by a firm that trains no apprentices: certified skills spilling over to firms that do not train (Muehlemann and Wolter 2014)."),
    TRAINED_GRADUATE_RENT(Bounds.ANY, "Mean over former apprentices working at their training firm of their productivity there minus their wage: the monthly rent a training firm keeps on what it trained, in skilled-wage units (0 when there are none)."),
    OUTSIDE_HIRES_OF_CERTIFIED(Bounds.NON_NEGATIVE, "Hires this month, through the labour market, of holders of a certificate in the vacancy's occupation by a firm that did not train them (school-based graduates included): certified skills used outside the training firm."),
    INTERNSHIPS(Bounds.NON_NEGATIVE, "School-based students on an internship in a firm this month."),
    EMPLOYER_NET_TRAINING_COST(Bounds.ANY, "Training employers' mean net cost per apprentice-year: gross cost (pay; trainers, other and mentoring costs times each employer's cost factor; the firm's fixed training cost spread over its apprentices) minus the apprentice's productive work, subsidies and tax credits, in skilled-wage months (what a training levy gives back is in grants_paid); negative is a net benefit; 0 when there are no apprentices."),
    EMPLOYER_GROSS_TRAINING_COST(Bounds.NON_NEGATIVE, "Training employers' mean gross cost per apprentice-year: apprentice pay of the training year (with social contributions), trainers, equipment and other costs and mentors times each employer's cost factor, and each training firm's fixed yearly cost spread over its apprentices, in skilled-wage months (BIBB 2017/18: EUR 20,855); 0 when there are no apprentices."),
    TRAINING_RETURNS_SHARE(Bounds.NON_NEGATIVE, "Apprentices' productive returns as a share of their gross cost, over all apprentices this month (BIBB 2017/18: 69%); 0 when there are no apprentices."),
    APPRENTICE_PAY_SHARE(Bounds.UNIT, "Apprentice pay as a share of the gross cost of training, over all apprentices this month (BIBB 2012/13: 62%); 0 when there are no apprentices."),
    INDUCTION_COST(Bounds.NON_NEGATIVE, "Employers' cost this month of induction training at corporate training centres (induction months given this month times the cost ratio), skilled-wage months."),
    PUBLIC_COST(Bounds.NON_NEGATIVE, "Public spending on incentives this month: per-place subsidies, tax credits, levy top-ups, the state's share of training costs beyond levy accounts (co-investment) and whatever levy-financed payments the levy revenue did not cover, skilled-wage months."),
    LEVY_COLLECTED(Bounds.NON_NEGATIVE, "Training levy paid this month on payroll (one skilled wage per member of staff) at each employer's bracket rate, skilled-wage months."),
    GRANTS_PAID(Bounds.NON_NEGATIVE, "Training funding paid to employers this month for their apprentices and training centres: grants from a pooled levy fund, spending from levy accounts with the state's co-investment, or levy rebates, skilled-wage months."),
    LEVY_EXPIRED(Bounds.NON_NEGATIVE, "Levy account funds that expired unspent this month and went back to the state, skilled-wage months."),
    LEVY_SPENT_ON_EXISTING_STAFF(Bounds.NON_NEGATIVE, "Levy funds employers spent this month on training existing staff of any age instead of letting them expire or go unclaimed (where the scheme allows it), skilled-wage months."),
    BOARD_PARTICIPATION(Bounds.UNIT, "Share of employers sitting on curriculum boards."),
    PARTNERSHIP_SHARE(Bounds.UNIT, "Share of employers with a partnership contract with a college programme."),
    TRAINING_CENTRE_SHARE(Bounds.UNIT, "Share of employers running their own training centre for new hires."),
    MENTORING_SHARE(Bounds.UNIT, "Share of training firms (employers with apprentices) that give their apprentices mentors; 0 when no firm trains."),
    POPULATION(Bounds.NON_NEGATIVE, "Young people in the youth window (end of month)."),
    IN_GENERAL_EDUCATION(Bounds.NON_NEGATIVE, "In general upper-secondary education."),
    IN_HIGHER_EDUCATION(Bounds.NON_NEGATIVE, "In higher education."),
    IN_SCHOOL_VET(Bounds.NON_NEGATIVE, "Students in school-based vocational programmes."),
    APPRENTICES(Bounds.NON_NEGATIVE, "Apprentices."),
    EMPLOYED(Bounds.NON_NEGATIVE, "Employed, apprentices excluded."),
    UNEMPLOYED(Bounds.NON_NEGATIVE, "Unemployed: searching, or hired and starting next month (ILO future starters)."),
    INACTIVE(Bounds.NON_NEGATIVE, "Inactive and not in education."),
    ENTRANTS(Bounds.NON_NEGATIVE, "Young people who entered the window this month (a cohort, once a year)."),
    AGED_OUT(Bounds.NON_NEGATIVE, "Young people who left the window this month by age."),
    LAYOFFS(Bounds.NON_NEGATIVE, "Young employees laid off this month by employers above their target staff."),
    DISMISSALS(Bounds.NON_NEGATIVE, "Young employees dismissed, or whose fixed-term contract ended, this month (young_dismissal_rate; lay-offs as labour demand falls are in layoffs)."),
    QUITS_TO_UNEMPLOYMENT(Bounds.NON_NEGATIVE, "Young employees who quit into unemployment this month (quits that go straight to another job excluded)."),
    YOUNG_HIRES(Bounds.NON_NEGATIVE, "Young people starting a job found through the labour market this month, leavers starting a job they accepted before finishing included (graduates kept on by their training firm or internship host are not counted)."),
    ADULT_HIRES(Bounds.NON_NEGATIVE, "Hires of adults (above the youth window) through the labour market this month."),
    ADULT_JOB_TO_JOB_MOVES(Bounds.NON_NEGATIVE, "Adults hired this month while searching from a job at another employer, who moved at once (included in adult_hires)."),
    ADULT_ON_THE_JOB_SEARCH_RATE(Bounds.UNIT, "Share of employed adults searching from their job for another employer (end of month; section 7.10 of docs/ODD.md): the labour force surveys' employed persons looking for another job."),
    HIRES_RATE(Bounds.NON_NEGATIVE, "Hires through the labour market this month (young_hires + adult_hires) per employee of the modelled employers (adults and young employees; apprentices excluded): the hires rate of JOLTS-type statistics, monthly."),
    VACANCY_RATE(Bounds.UNIT, "Open vacancies at the start of this month's hiring over those vacancies plus the employees of the modelled employers: the job openings rate of JOLTS-type statistics (vacancy surveys divide by occupied plus vacant posts)."),
    YOUNG_SHARE_OF_HIRES(Bounds.UNIT, "Young hires over all hires through the labour market (young and adult), last 12 months (0 when nobody was hired)."),
    ADULT_EMPLOYED(Bounds.NON_NEGATIVE, "Adults employed by the modelled employers (end of month)."),
    ADULT_JOB_SEEKERS(Bounds.NON_NEGATIVE, "Adults in the labour force without work (end of month): looking for work, or hired and starting next month (ILO future starters); the adult labour force, which is constant, less the adults employed."),
    ADULT_UNEMPLOYMENT_RATE(Bounds.UNIT, "Adults (above the youth window) without work, looking for it or hired and starting next month, over the adult labour force (end of month); with youth_unemployment_rate it gives the youth-to-adult ratio of unemployment rates, about 2 to 3 in the statistics (ILO, OECD)."),
    ADULT_FLOW_U_TO_E(Bounds.UNIT, "Monthly gross flow of adults (above the youth window) from unemployment to employment: adults who started work this month over the adults without work at the end of last month (an adult hired starts the month after the hire). Published for all ages, about 0.07 to 0.12 a month in Germany and the United Kingdom and 0.25 to 0.29 in the United States (docs/research/adult-matching.md)."),
    ADULT_LONG_TERM_UNEMPLOYMENT_SHARE(Bounds.UNIT, "Share of the adults without work (end of month) who have looked for work for 12 months or more: the long-term unemployed share of labour force surveys, for adults (those out of work when the model starts, whose past it does not know, are counted from its first month)."),
    APPRENTICES_WITH_NET_RETURNS(Bounds.UNIT, "Share of apprentices whose productive returns this month exceed their gross cost (pay, the firm's costs of organising training and their share of its fixed cost), before public support: the cost-benefit surveys' share of apprentices who bring their firm a net return during training (BIBB 2012/13: about 28%)."),
    IN_MILITARY_SERVICE(Bounds.NON_NEGATIVE, "Young people serving in the armed forces as conscripts (end of month): counted in population and in the education rates (students on leave for service as enrolled, as education statistics count registered students), but outside the civilian population over which the employment, unemployment and NEET rates are taken, as in labour force surveys."),
    EXAM_PREPARERS(Bounds.NON_NEGATIVE, "Young people out of work preparing for the primary segment's entry exam (end of month; inactive, as labour force surveys count them). 0 where no employer recruits by exam (labour_market.entry_exams)."),
    EXAM_PREPARER_RATE(Bounds.UNIT, "Entry-exam preparers over the civilian young people (end of month; the population of the NEET rate). Statistics Korea (EAPS youth supplement, May 2019): 714,000 of 9.07 million aged 15-29 (7.9%) prepare for an employment exam (civil service 30.7% of them, private companies 23.7%, media and public enterprises 9.9%, licences and other 24.8%)."),
    LICENCE_STUDENTS(Bounds.NON_NEGATIVE, "Young people out of work and education studying for their occupation's qualification exam as external candidates (end of month; inactive, as labour force surveys count exam preparers; labour_market.participation.licences)."),
    ALL_EXAM_PREPARER_RATE(Bounds.UNIT, "Young people preparing for an employment exam, the primary segment's entry exam or their occupation's qualification exam, over the civilian young people (end of month; the population of the NEET rate): the scope of Statistics Korea's count of exam preparers (EAPS youth supplement, May 2019: 714,000 of 9.07 million aged 15-29, 7.9%)."),
    NEET_SEARCHING_SHARE(Bounds.UNIT, "Share of the NEET (civilians in the youth window, 15-29 in the presets, neither employed nor in education) who search for work (ILO unemployed), end of month; 0 when there are no NEET. Korea 2019: 4.2% of the age group unemployed against a NEET rate of 16.6-19.2% (EAPS), about a quarter."),
    NEET_PREPARING_SHARE(Bounds.UNIT, "Share of the NEET who are inactive and prepare for an employment exam (the primary segment's entry exam or their occupation's qualification exam), end of month."),
    NEET_OTHER_INACTIVE_SHARE(Bounds.UNIT, "Share of the NEET who are inactive for other reasons (resting, caring, waiting for a post won at an entry exam), end of month; with the searching and preparing shares it adds up to 1 when there are NEET."),
    EXAM_PASSERS_WAITING(Bounds.NON_NEGATIVE, "Young people who passed the entry exam and wait, outside the labour force, for a post at the employer whose place they won (end of month)."),
    ENTRY_EXAM_PASS_RATE(Bounds.UNIT, "Passers over candidates at the latest entry exam (held once a year; 0 before the first or where no employer recruits by exam). The model's one yearly exam stands for all the segment's recruitment exams, so its rate is not comparable with any single exam's (Korea's grade-9 national civil-service exam, 2019: 4,987 posts for 195,322 applicants, 2.6%; Ministry of Personnel Management)."),
    BIRTHS(Bounds.NON_NEGATIVE, "Children born this month to young women in the window (parenthood.fertility_*)."),
    YOUNG_MOTHERS_SHARE(Bounds.UNIT, "Share of the women in the window (all residents, in education or not) whose youngest child is under the care age (parenthood.care_age_months); 0 when there are no women."),
    YOUNG_MOTHERS_EMPLOYMENT_RATE(Bounds.UNIT, "Employed (apprentices and mothers on paid leave included, as the ILO counts those absent from work on leave) over the civilian women of the window whose youngest child is under the care age; compare with the employment rate of mothers whose youngest child is aged 0-2 (OECD Family Database LMF1.2), which covers mothers of all ages. 0 when there are none."),
    NEET_CARING_SHARE(Bounds.UNIT, "Share of the NEET (unemployed plus inactive, civilians) who are inactive mothers whose youngest child is under the care age; compare with the NEET inactive because of family responsibilities (Eurofound 2016: 15.4% of NEETs aged 15-24 in the EU, 2013). 0 when there are no NEET."),
    WORKING_ABROAD(Bounds.NON_NEGATIVE, "Young people working abroad as labour migrants (end of month; labour_market.migration): counted in population, but outside the resident civilian population over which the employment, unemployment and NEET rates are taken, as labour force surveys of residents count them."),
    WORKING_ABROAD_RATE(Bounds.UNIT, "Young people working abroad over the whole population of the window (end of month)."),
    MIGRANT_DEPARTURES(Bounds.NON_NEGATIVE, "Young people who left this month to work abroad."),
    YOUTH_UNEMPLOYMENT_RATE_MIGRANTS_EMPLOYED(Bounds.UNIT, "Unemployed over the labour force with migrants abroad counted as employed, as Uzbekistan's Ministry of Employment and Labour Relations counts them (13.5 million employed in 2019, about 2.5 million of them abroad); equal to youth_unemployment_rate where no one migrates."),
    FLOW_E_TO_U_15_24(Bounds.UNIT, "Monthly gross flow from employment to unemployment among those aged 15-24: employed (apprentices included) at the end of last month and unemployed at the end of this month, over the employed last month (the month-to-month flows of labour force surveys: CPS gross flows, BLS; flow data of Japan's Labour Force Survey). Civilians in the window both months; 0 when nobody was employed."),
    FLOW_E_TO_N_15_24(Bounds.UNIT, "Monthly gross flow from employment to outside the labour force (education without work, inactivity, exam preparation) among those aged 15-24, over the employed last month."),
    FLOW_U_TO_E_15_24(Bounds.UNIT, "Monthly gross flow from unemployment to employment among those aged 15-24, over the unemployed last month (a job seeker hired starts the month after the hire, so this is the hiring hazard of the month before)."),
    FLOW_U_TO_N_15_24(Bounds.UNIT, "Monthly gross flow from unemployment to outside the labour force among those aged 15-24, over the unemployed last month."),
    FLOW_N_TO_E_15_24(Bounds.UNIT, "Monthly gross flow from outside the labour force (students included) to employment among those aged 15-24, over those outside the labour force last month."),
    FLOW_N_TO_U_15_24(Bounds.UNIT, "Monthly gross flow from outside the labour force (students included) to unemployment among those aged 15-24, over those outside the labour force last month: leavers of education who search, and the inactive who start searching.");

    private final Bounds bounds;
    private final String description;

    Metric(Bounds bounds, String description) {
        this.bounds = bounds;
        this.description = description;
    }

    @Override
    public Bounds bounds() {
        return bounds;
    }

    @Override
    public String description() {
        return description;
    }
}
