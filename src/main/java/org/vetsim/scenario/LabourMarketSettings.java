package org.vetsim.scenario;

/**
 * Employers and the youth labour market: firm sizes, labour demand over the business cycle,
 * hiring by screening, wages and separations. Adults above the youth window are not agents: they
 * are an aggregate labour force of constant size, employed as each employer's adult staff or
 * looking for work, and compete with the young for vacancies.
 */
@Rule(keys = {"adultSeparationSizeFactors", "adultSeparationRate", "jobShareBySize"},
        text = "no size class's adult separation rate (adult_separation_rate x its factor / the job-weighted mean factor) is above 1")
@Rule(keys = {"studentJobs", "jobsPerYoungPerson"},
        text = "student_jobs.posts_per_young_person, the most side jobs open to students, is less than jobs_per_young_person")
@Rule(keys = {"youngQuitSizeFactors", "unqualifiedQuitRatio", "quitRate", "entryExams"},
        text = "the unqualified young's quit rate in any size class, quit_rate x unqualified_quit_ratio x the class's young_quit_size_factors "
                + "(or entry_exams.regular_quit_factor in a regular post of the exam's segment, while the exams are on), is at most 0.5")
@Rule(keys = {"adultUnqualifiedShare"},
        text = "adult_unqualified_share is a share from 0 to 1, or -1 (the share the young who reach the exit age hold)")
public record LabourMarketSettings(
        @Param(doc = "Jobs in the economy per young person in the youth window: employers' posts, each held by an adult or a young "
                + "employee or vacant (apprentices hold none; they are extra to staff). From statistics: (employed of all ages - "
                + "apprentices + job vacancies) / population of the window's ages.", min = 0.1, max = 20, fixedAtStart = true)
        double jobsPerYoungPerson,
        SizeClassShares jobShareBySize,
        @Param(doc = "Amplitude of the business cycle in labour demand (share of the trend level).", min = 0, max = 0.5)
        double cycleAmplitude,
        @Param(doc = "Length of one business cycle.", unit = "months", min = 12, max = 600)
        int cyclePeriodMonths,
        @Param(doc = "Standard deviation of the monthly shock to aggregate labour demand (an AR(1) business cycle drawn from each replication's own stream, so replications differ in their cycle); 0 for none.", min = 0, max = 0.1)
        double cycleShockSpread,
        @Param(doc = "Persistence of the aggregate demand shock (AR(1) coefficient per month).", min = 0, max = 0.999)
        double cycleShockPersistence,
        @Param(doc = "Standard deviation of the monthly demand shock of each occupation (AR(1)). The job-weighted mean of the occupations' shocks is taken out each month, so they move demand between occupations and total demand follows the business cycle alone (docs/business-cycle.md).", min = 0, max = 0.2)
        double demandShockSpread,
        @Param(doc = "Persistence of the monthly demand shock (AR(1) coefficient).", min = 0, max = 0.999)
        double demandShockPersistence,
        @Param(doc = "Adults of working age above the youth window who are in the labour force (employed or looking for work), per young person in the window: the size of the adult labour force, which stays constant (each adult who retires is replaced by a young person reaching the exit age). From statistics: labour force aged "
                + "exit_age and over / population of the window's ages.", min = 0, max = 20, fixedAtStart = true)
        double adultLabourForcePerYoungPerson,
        @Param(doc = "Monthly probability that an adult employee leaves the employer for reasons other than retirement (a quit, a "
                + "layoff, the end of a contract): the flow rate of separations per employee (JOLTS-type statistics), not 1 / mean "
                + "tenure, which the long tenures of the stock overstate. A share (adult_job_to_job_share) search from the job until "
                + "another employer hires them; the rest leave and look for work. The rate over all jobs: each employer size class leaves at "
                + "this times its adult_separation_size_factors, rescaled so that the job-weighted mean is this rate.", unit = "per month", min = 0, max = 0.2)
        double adultSeparationRate,
        SizeClassFactors adultSeparationSizeFactors,
        @Param(doc = "Share of adults leaving an employer who move straight to another job: they search from the job, applying "
                + "alongside the adults out of work, until another employer hires them, and then leave at once (vacating the post). "
                + "0: every adult separation goes to unemployment.", min = 0, max = 1)
        double adultJobToJobShare,
        @Param(doc = "Search intensity of an adult job seeker relative to a young one: an applicant drawn for a vacancy is an adult with probability intensity x adult seekers / (intensity x adult seekers + young seekers), each count with those searching from a job weighted by on_the_job_search_intensity.", min = 0, max = 10)
        double adultSearchIntensity,
        @Param(doc = "Applications a job seeker who searches from a job (a young employee or apprentice who wants to leave, an "
                + "adult moving job to job) sends relative to one without work: each applicant drawn for a vacancy is one of them with "
                + "probability intensity x their number / (intensity x their number + the seekers without work), young and adult "
                + "alike. 1: they apply as often as the unemployed.", min = 0.01, max = 5)
        double onTheJobSearchIntensity,
        @Param(doc = "Applicants an employer assesses one by one for one vacancy, each seen with the screening noise (the interviews per hire, not the written applications sifted before), drawn from the job seekers young and adult.", min = 1, max = 50)
        int applicantsPerVacancy,
        @Param(doc = "Mean months from opening a vacancy to the hiring decision: the employer's hiring process (advertising, "
                + "collecting and screening applications, interviews) runs for this long on average, and only a vacancy whose process "
                + "is complete is decided in a month (each open vacancy completes it with probability 1 / this a month, so open "
                + "vacancies form a stock as in vacancy surveys). 1: every vacancy is decided in the month it opens.",
                unit = "months", min = 1, max = 24)
        double vacancyDurationMonths,
        @Param(doc = "Share of the hires of people out of work (young and adult) who start work in the month the employer decides, "
                + "before the month's count, rather than the following month. The monthly step puts at least a month between a hire "
                + "and its start, so every post vacated stays empty at one month's count at least and every hire is counted as a "
                + "future starter out of work; where the published vacancies are only a fraction D of a month's hires (a post open "
                + "from advertisement to start for D months on average), a hire decided in a month starts before its count with "
                + "about 1 - D. 0: every hire out of work starts the following month.", min = 0, max = 1)
        double sameMonthStartShare,
        @Param(doc = "Share of applicants drawn from outside the vacancy's occupation.", min = 0, max = 1)
        double crossOccupationShare,
        @Param(doc = "Standard deviation of the noise in employers' signal of an applicant's productivity, for an uncertified applicant.", min = 0, max = 2)
        double screeningNoise,
        @Param(doc = "Least expected productivity (skilled worker = 1) at which an employer hires.", min = 0, max = 1)
        double hiringThreshold,
        @Param(doc = "Months before the end of their education in which school-based VET students, apprentices, general-track pupils not "
                + "going on to higher education and students in higher education apply for jobs (apprentices weigh offers against "
                + "the job their training firm would give them); an employer hires them ahead of an opening it expects by their start, "
                + "holding no post, and an offer they accept starts when they finish (and lapses if they drop out). 0: they start "
                + "looking only once they have left.", unit = "months", min = 0, max = 24)
        int searchBeforeLeavingMonths,
        @Param(doc = "Months of work over which an employer values what an applicant will produce: their expected productivity "
                + "over this time, occupation-specific skill learnt on the job included (faster with more general skill), so "
                + "employers rank applicants by trainability as well as by what they can do now; 0 values only the present.",
                unit = "months", min = 0, max = 120)
        int hiringHorizonMonths,
        @Param(doc = "Standard deviation of the fit of a job: what a worker values in it beyond the wage (tasks, colleagues, "
                + "place, hours), drawn for each job offered; a worker with an outside offer moves when its wage plus fit beats "
                + "the current wage plus fit, unless the employer raises the wage enough (up to what the worker produces there).",
                unit = "skilled-wage months per month", min = 0, max = 1)
        double jobFitSpread,
        @Param(doc = "Monthly probability that a young employee with a vocational certificate or a degree quits (a voluntary "
                + "separation: a share move straight to another job, job_to_job_share; induction at a training centre lowers it). "
                + "Those with neither quit at this rate times unqualified_quit_ratio; where a country's figure is the mean of all "
                + "young workers, the ratio is 1 and this is that mean. It is the rate over young employees at employers of every "
                + "size; young_quit_size_factors multiply it by the employer's size class.", unit = "per month", min = 0, max = 0.5)
        double quitRate,
        @Param(doc = "Quit rate of young employees with neither a vocational certificate nor a degree (the unqualified: early "
                + "leavers and general-education leavers who did not train) relative to quit_rate: jobs open to the unqualified "
                + "are more often fixed-term and short. 1: every young employee quits at quit_rate. The product with quit_rate "
                + "must stay at most 0.5.", min = 0.1, max = 10)
        double unqualifiedQuitRatio,
        @Param(doc = "Quit rate of young employees in their first 12 months with an employer relative to later months (the "
                + "hazard of leaving a job falls with tenure, Jovanovic 1979, Farber 1994). quit_rate keeps its meaning, the "
                + "reciprocal of a new hire's mean spell: the first-year and later rates are solved so that the mean spell stays "
                + "1 / quit_rate. A graduate kept by the firm that trained them counts the apprenticeship as tenure and quits at "
                + "the later rate. 1: one rate at every tenure.", min = 1, max = 10)
        double quitFirstYearRatio,
        SizeClassFactors youngQuitSizeFactors,
        @Param(doc = "Share of quitting young employees who have a reason to leave and search for another job from theirs "
                + "(job-to-job) rather than quit into unemployment: the job is worth to them no more than time outside work, and "
                + "they search from it until another employer hires them. Such quits do not end employment, so the participation "
                + "choice values a job over the months until quits into unemployment or dismissals end it.", min = 0, max = 1)
        double jobToJobShare,
        @Param(doc = "Monthly probability that a young employee is dismissed or their fixed-term contract ends, for reasons "
                + "of the firm other than a fall in its labour demand (which lays off as the business cycle and the occupations' "
                + "demand move): the firm-level churn behind the surveys' dismissals. They become unemployed. 0: none.",
                unit = "per month", min = 0, max = 0.5)
        double youngDismissalRate,
        Participation participation,
        EntryExams entryExams,
        LabourMigration migration,
        InformalWork informalWork,
        StudentJobs studentJobs,
        @Param(doc = "Wage compression (Acemoglu and Pischke 1999): each occupation's pay scale starts at its entry grade (what "
                + "the young people who joined an employer in the last year produce) and passes on 1 - compression of each skill "
                + "above or below it. 0 pays each worker their productivity; 1 pays everyone of the occupation the entry grade. "
                + "Matched outside offers raise a wage above the scale.", min = 0, max = 1)
        double wageCompression,
        @Param(doc = "Share of the returns to firm-specific skill that the employer passes on in the wage (Becker 1962; "
                + "Hashimoto 1981): the wage rule applies to the productivity the worker would have at another firm plus this share "
                + "of what their firm-specific skill adds; the rest is the employer's rent on the skill it built, which outside "
                + "employers cannot bid for. 1 pays all of it.", min = 0, max = 1)
        double firmSkillWageShare,
        @Param(doc = "Spread of employers' idiosyncratic training costs: standard deviation of a log-normal factor (mean 1) on the costs of organising training (trainers, equipment and other, mentors, intern supervision, induction and board seats), not on apprentice pay, which agreements set alike for every firm; drawn when employers are created.", min = 0, max = 3, fixedAtStart = true)
        double trainingCostSpread,
        @Param(doc = "Spread of how productively employers use trainees: standard deviation of a log-normal factor (mean 1) on the productive returns of a firm's apprentices and interns (some firms can give trainees much of their work, others little; the cost-benefit surveys find a high variance of returns, and some apprentices bring their firm a net return during training); drawn when employers are created; 0: every firm at the occupation's mean.", min = 0, max = 3, fixedAtStart = true)
        double productiveUseSpread,
        @Param(doc = "What a firm loses per month one of its posts stands empty, beyond the wage it saves and the rent the post "
                + "would have yielded, in skilled-wage months: the output of a post whose work is lost less its labour cost, "
                + "1 / labour share - 1 if value added per worker is proportional to labour cost (docs/research/unfilled-posts.md). "
                + "A kept graduate fills a post at once; a hire through the market leaves it empty for the months measured per hire "
                + "in the occupation. 0: an empty post costs only the rent forgone.", unit = "skilled-wage months per month", min = 0, max = 3)
        double emptyPostLoss,
        InactiveAdults inactiveAdults,
        @Param(doc = "Months out of work from which employers see an adult applicant's current spell as long and judge them by "
                + "the adults out of work that long (their prior), those out of work less long by the others: a CV shows the gap. "
                + "In a Swedish field experiment a current spell of nine months or more lowered callbacks and shorter or past "
                + "spells did not (Eriksson and Rooth 2014); callbacks fall with duration in the US too (Kroft, Lange and "
                + "Notowidigdo 2013). 0: employers do not tell adults out of work apart by how long.", unit = "months", min = 0, max = 120)
        int longGapMonths,
        @Param(doc = "How many times as often an adult without a vocational certificate or a degree leaves a job for non-employment "
                + "as a qualified adult (the inflow risk into unemployment; quits to another job are not affected): the adults who "
                + "separate are drawn from the adults' skill records with this weight on those who reached the exit age "
                + "unqualified. Germany about 2.6 (BA registered inflows and exits by qualification, 2016); "
                + "docs/research/unemployment-inflow-by-qualification.md. 1: separations do not depend on qualification.",
                min = 0.2, max = 5)
        double adultUnqualifiedJobLossRatio,
        @Param(doc = "Share of the adult labour force (above the youth window) without a vocational certificate or a degree, a "
                + "general school certificate alone counting as none, as a labour force survey counts it: the adults' skills are "
                + "drawn from the records of the young who reached the exit age, weighted so that the unqualified hold this share. "
                + "The difference from the share the model's own cohorts reach stands for the adults they do not contain (immigrants, "
                + "cohorts schooled before the run), who hold the skills of the model's adults of the same status. Germany about "
                + "0.14 (BA, IAB, Mikrozensus), Switzerland about 0.18 (SAKE, MONET: without post-compulsory education, or with general "
                + "upper-secondary education only); docs/research/adult-unqualified-labour-force.md. -1: as the young who reached the "
                + "exit age hold.",
                min = -1, max = 1, fixedAtStart = true)
        double adultUnqualifiedShare,
        @Param(doc = "Whether employers read the qualification on the record of an adult applicant without a job (a "
                + "vocational certificate or a degree, and whether its standard was set with employers) as they read a young "
                + "applicant's certificate: their prior moves towards the holders of the same kind by the share they trust that "
                + "kind (engagement.qualification_standards' noise reductions); the absence of one is not read. false: adults "
                + "are judged by the gap and the skills screening reveals only.")
        boolean adultQualificationRead,
        @Param(doc = "Share of an adult's productivity lost per month out of work (unemployed or outside the labour force): an "
                + "adult applicant without a job produces (1 - loss) to the power of the months since their last job of what their "
                + "skills gave when they left it, and employers' priors for adults without a job, measured on who is out of work, "
                + "hold the loss too. Schmieder, von Wachter and Bender (AER 2016): each month of non-employment lowers German "
                + "re-employment wages by about 0.8%, most of it through worse firms and employers reading the gap rather than lost "
                + "skill (docs/research/skill-loss-out-of-work.md). The months count from the last job, or for one who reached the "
                + "exit age out of work from then (the young's skills follow their own dynamics); those out of work when the model "
                + "starts, who have no past, lose nothing. 0: adults keep their skills out of work.", unit = "per month", min = 0, max = 0.1)
        double outOfWorkSkillLoss) {

    public LabourMarketSettings {
        Checks.validate(LabourMarketSettings.class, jobsPerYoungPerson, jobShareBySize, cycleAmplitude, cyclePeriodMonths, cycleShockSpread, cycleShockPersistence, demandShockSpread, demandShockPersistence, adultLabourForcePerYoungPerson, adultSeparationRate, adultSeparationSizeFactors, adultJobToJobShare, adultSearchIntensity, onTheJobSearchIntensity, applicantsPerVacancy, vacancyDurationMonths, sameMonthStartShare, crossOccupationShare, screeningNoise, hiringThreshold, searchBeforeLeavingMonths, hiringHorizonMonths, jobFitSpread, quitRate, unqualifiedQuitRatio, quitFirstYearRatio, youngQuitSizeFactors, jobToJobShare, youngDismissalRate, participation, entryExams, migration, informalWork, studentJobs, wageCompression, firmSkillWageShare, trainingCostSpread, productiveUseSpread, emptyPostLoss, inactiveAdults, longGapMonths, adultUnqualifiedJobLossRatio, adultUnqualifiedShare, adultQualificationRead, outOfWorkSkillLoss);
        Checks.require(adultUnqualifiedShare >= 0 || adultUnqualifiedShare == -1, "adultUnqualifiedShare",
                "must be a share from 0 to 1, or -1 for the share the young who reach the exit age hold, not " + Checks.format(adultUnqualifiedShare));
        double[] rates = sizeClassRates(adultSeparationRate, adultSeparationSizeFactors, jobShareBySize, entryExams);
        for (int c = 0; c < rates.length; c++) {
            Checks.require(rates[c] <= 1, "adultSeparationSizeFactors", "would give " + SizeClassFactors.CLASSES[c] + " firms a monthly adult "
                    + "separation rate of " + Checks.format(Math.round(rates[c] * 1000) / 1000.0)
                    + " (adult_separation_rate x its factor / the job-weighted mean factor), above 1");
        }
        Checks.require(studentJobs.postsPerYoungPerson() < jobsPerYoungPerson, "studentJobs", "opens "
                + Checks.format(studentJobs.postsPerYoungPerson()) + " side jobs per young person to students, part of "
                + "jobs_per_young_person (" + Checks.format(jobsPerYoungPerson) + "): it must be less");
        double highest = java.util.Arrays.stream(youngQuitSizeFactors.values()).max().orElse(1.0);
        if (entryExams.enabled()) {
            highest = Math.max(highest, entryExams.regularQuitFactor());
        }
        Checks.require(quitRate * unqualifiedQuitRatio * highest <= 0.5, "unqualifiedQuitRatio", "would give the unqualified young a monthly "
                + "quit rate of " + Checks.format(Math.round(quitRate * unqualifiedQuitRatio * highest * 1000) / 1000.0)
                + " (quit_rate x unqualified_quit_ratio x the highest of young_quit_size_factors and, while the entry exams are on, "
                + "entry_exams.regular_quit_factor), above 0.5");
    }

    /**
     * Monthly quit rate of a young employee: {@code quit_rate} for one with a vocational certificate
     * or a degree, times {@code unqualified_quit_ratio} for one with neither.
     */
    public double quitRate(boolean qualified) {
        return qualified ? quitRate : quitRate * unqualifiedQuitRatio;
    }

    /**
     * Monthly quit rate in the first 12 months with an employer of a young employee whose mean spell
     * is 1 / {@code meanRate}, when later months' rate is the first year's over {@code ratio}: the
     * rate h1 with (1 - e^(-12 h1)) / h1 + e^(-12 h1) ratio / h1 = 1 / meanRate (bisection; h1 lies
     * between meanRate and ratio x meanRate). {@code meanRate} itself at a ratio of 1.
     */
    public static double firstYearQuitRate(double meanRate, double ratio) {
        if (ratio == 1.0 || meanRate <= 0) {
            return meanRate;
        }
        double low = meanRate;
        double high = Math.min(ratio * meanRate, 1.0);
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (low + high);
            if (meanSpellMonths(mid, ratio) > 1.0 / meanRate) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }

    /** Mean months a spell lasts at a first-year quit rate {@code firstYear} and a later one {@code firstYear / ratio}. */
    static double meanSpellMonths(double firstYear, double ratio) {
        double stay = Math.exp(-12 * firstYear);
        return (1 - stay) / firstYear + stay * ratio / firstYear;
    }

    /**
     * Monthly adult separation rate of each employer size class, in the order micro, small, medium,
     * large: {@code adult_separation_rate} times the class's factor over the job-weighted mean of the
     * factors, so that over all jobs adults leave at {@code adult_separation_rate}. The weights are
     * the classes' shares of jobs as the economy is built ({@link #jobSharesBySize}: the public
     * employers are large). Equal factors give every class {@code adult_separation_rate} itself.
     */
    public double[] adultSeparationRates() {
        return sizeClassRates(adultSeparationRate, adultSeparationSizeFactors, jobShareBySize, entryExams);
    }

    /**
     * What each employer size class's young employees' quit rates are multiplied by, in the order
     * micro, small, medium, large: {@code young_quit_size_factors} as they are, each class's young
     * quit rate relative to the rate over young employees of every size, {@code quit_rate} (the
     * statistics the presets take both from count the young where they work, so the factors are
     * not rescaled to the economy's jobs).
     */
    public double[] youngQuitSizeMultipliers() {
        return youngQuitSizeFactors.values();
    }

    private static double[] sizeClassRates(double rate, SizeClassFactors factors, SizeClassShares shares, EntryExams exams) {
        double[] rates = factors.values();
        if (rates[0] == rates[1] && rates[1] == rates[2] && rates[2] == rates[3]) {
            java.util.Arrays.fill(rates, rate);
            return rates;
        }
        double[] jobShares = jobSharesBySize(shares, exams);
        double mean = 0;
        for (int c = 0; c < rates.length; c++) {
            mean += jobShares[c] * rates[c];
        }
        for (int c = 0; c < rates.length; c++) {
            rates[c] = rate * rates[c] / mean;
        }
        return rates;
    }

    /**
     * Share of all jobs in each size class's private firms, in the order micro, small, medium,
     * large: {@code job_share_by_size}, normalised, of the jobs the public employers
     * ({@code entry_exams.public_job_share}) leave. The economy is built to these shares.
     */
    public double[] privateJobSharesBySize() {
        return privateJobSharesBySize(jobShareBySize, entryExams);
    }

    /**
     * Share of all jobs in each size class, in the order micro, small, medium, large, the public
     * employers counted as large ({@link #privateJobSharesBySize} plus the public share in the last).
     */
    public double[] jobSharesBySize() {
        return jobSharesBySize(jobShareBySize, entryExams);
    }

    private static double[] privateJobSharesBySize(SizeClassShares shares, EntryExams exams) {
        double[] values = shares.values();
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        double privateShare = 1 - exams.publicJobShare();
        for (int c = 0; c < values.length; c++) {
            values[c] = privateShare * values[c] / sum;
        }
        return values;
    }

    private static double[] jobSharesBySize(SizeClassShares shares, EntryExams exams) {
        double[] values = privateJobSharesBySize(shares, exams);
        values[values.length - 1] += exams.publicJobShare();
        return values;
    }

    /** These settings with another wage compression. */
    public LabourMarketSettings withWageCompression(double compression) {
        return new LabourMarketSettings(jobsPerYoungPerson, jobShareBySize, cycleAmplitude, cyclePeriodMonths, cycleShockSpread, cycleShockPersistence,
                demandShockSpread, demandShockPersistence, adultLabourForcePerYoungPerson, adultSeparationRate, adultSeparationSizeFactors, adultJobToJobShare, adultSearchIntensity, onTheJobSearchIntensity, applicantsPerVacancy,
                vacancyDurationMonths, sameMonthStartShare, crossOccupationShare, screeningNoise, hiringThreshold, searchBeforeLeavingMonths, hiringHorizonMonths, jobFitSpread, quitRate, unqualifiedQuitRatio, quitFirstYearRatio, youngQuitSizeFactors, jobToJobShare, youngDismissalRate,
                participation, entryExams, migration, informalWork, studentJobs, compression, firmSkillWageShare, trainingCostSpread, productiveUseSpread, emptyPostLoss, inactiveAdults, longGapMonths, adultUnqualifiedJobLossRatio, adultUnqualifiedShare, adultQualificationRead, outOfWorkSkillLoss);
    }

    /** These settings with other labour-migration settings. */
    public LabourMarketSettings withMigration(LabourMigration newMigration) {
        return new LabourMarketSettings(jobsPerYoungPerson, jobShareBySize, cycleAmplitude, cyclePeriodMonths, cycleShockSpread, cycleShockPersistence,
                demandShockSpread, demandShockPersistence, adultLabourForcePerYoungPerson, adultSeparationRate, adultSeparationSizeFactors, adultJobToJobShare, adultSearchIntensity, onTheJobSearchIntensity, applicantsPerVacancy,
                vacancyDurationMonths, sameMonthStartShare, crossOccupationShare, screeningNoise, hiringThreshold, searchBeforeLeavingMonths, hiringHorizonMonths, jobFitSpread, quitRate, unqualifiedQuitRatio, quitFirstYearRatio, youngQuitSizeFactors, jobToJobShare, youngDismissalRate,
                participation, entryExams, newMigration, informalWork, studentJobs, wageCompression, firmSkillWageShare, trainingCostSpread, productiveUseSpread, emptyPostLoss, inactiveAdults, longGapMonths, adultUnqualifiedJobLossRatio, adultUnqualifiedShare, adultQualificationRead, outOfWorkSkillLoss);
    }

    /** These settings with other informal-work settings. */
    public LabourMarketSettings withInformalWork(InformalWork newInformalWork) {
        return new LabourMarketSettings(jobsPerYoungPerson, jobShareBySize, cycleAmplitude, cyclePeriodMonths, cycleShockSpread, cycleShockPersistence,
                demandShockSpread, demandShockPersistence, adultLabourForcePerYoungPerson, adultSeparationRate, adultSeparationSizeFactors, adultJobToJobShare, adultSearchIntensity, onTheJobSearchIntensity, applicantsPerVacancy,
                vacancyDurationMonths, sameMonthStartShare, crossOccupationShare, screeningNoise, hiringThreshold, searchBeforeLeavingMonths, hiringHorizonMonths, jobFitSpread, quitRate, unqualifiedQuitRatio, quitFirstYearRatio, youngQuitSizeFactors, jobToJobShare, youngDismissalRate,
                participation, entryExams, migration, newInformalWork, studentJobs, wageCompression, firmSkillWageShare, trainingCostSpread, productiveUseSpread, emptyPostLoss, inactiveAdults, longGapMonths, adultUnqualifiedJobLossRatio, adultUnqualifiedShare, adultQualificationRead, outOfWorkSkillLoss);
    }

    /** These settings with other side-job settings for students. */
    public LabourMarketSettings withStudentJobs(StudentJobs newStudentJobs) {
        return new LabourMarketSettings(jobsPerYoungPerson, jobShareBySize, cycleAmplitude, cyclePeriodMonths, cycleShockSpread, cycleShockPersistence,
                demandShockSpread, demandShockPersistence, adultLabourForcePerYoungPerson, adultSeparationRate, adultSeparationSizeFactors, adultJobToJobShare, adultSearchIntensity, onTheJobSearchIntensity, applicantsPerVacancy,
                vacancyDurationMonths, sameMonthStartShare, crossOccupationShare, screeningNoise, hiringThreshold, searchBeforeLeavingMonths, hiringHorizonMonths, jobFitSpread, quitRate, unqualifiedQuitRatio, quitFirstYearRatio, youngQuitSizeFactors, jobToJobShare, youngDismissalRate,
                participation, entryExams, migration, informalWork, newStudentJobs, wageCompression, firmSkillWageShare, trainingCostSpread, productiveUseSpread, emptyPostLoss, inactiveAdults, longGapMonths, adultUnqualifiedJobLossRatio, adultUnqualifiedShare, adultQualificationRead, outOfWorkSkillLoss);
    }

    /** These settings without a business cycle: no deterministic wave and no aggregate demand shocks. */
    public LabourMarketSettings withoutCycle() {
        return withCycle(0.0, 0.0);
    }

    /** These settings with another deterministic amplitude and aggregate shock spread. */
    public LabourMarketSettings withCycle(double amplitude, double shockSpread) {
        return new LabourMarketSettings(jobsPerYoungPerson, jobShareBySize, amplitude, cyclePeriodMonths, shockSpread, cycleShockPersistence,
                demandShockSpread, demandShockPersistence, adultLabourForcePerYoungPerson, adultSeparationRate, adultSeparationSizeFactors, adultJobToJobShare, adultSearchIntensity, onTheJobSearchIntensity, applicantsPerVacancy,
                vacancyDurationMonths, sameMonthStartShare, crossOccupationShare, screeningNoise, hiringThreshold, searchBeforeLeavingMonths, hiringHorizonMonths, jobFitSpread, quitRate, unqualifiedQuitRatio, quitFirstYearRatio, youngQuitSizeFactors, jobToJobShare, youngDismissalRate,
                participation, entryExams, migration, informalWork, studentJobs, wageCompression, firmSkillWageShare, trainingCostSpread, productiveUseSpread, emptyPostLoss, inactiveAdults, longGapMonths, adultUnqualifiedJobLossRatio, adultUnqualifiedShare, adultQualificationRead, outOfWorkSkillLoss);
    }
}
