package org.vetsim.scenario;

/**
 * The employer-engagement mechanisms in force, one record per mechanism named in the seed
 * document (work-based learning, curriculum, standards, then incentives, mentoring, industry
 * councils, corporate training centres and co-operation contracts). Each can be switched on and
 * off and has its own intensity parameters; the country models are combinations of them.
 */
public record Engagement(
        WorkBasedLearning workBasedLearning,
        CurriculumCoDesign curriculumCoDesign,
        QualificationStandards qualificationStandards,
        FinancialIncentives financialIncentives,
        Mentoring mentoring,
        IndustryCouncils industryCouncils,
        CorporateTrainingCentres corporateTrainingCentres,
        CooperationContracts cooperationContracts) {

    public Engagement {
        Checks.validate(Engagement.class, workBasedLearning, curriculumCoDesign, qualificationStandards,
                financialIncentives, mentoring, industryCouncils, corporateTrainingCentres,
                cooperationContracts);
    }

    public Engagement withWorkBasedLearning(WorkBasedLearning value) {
        return new Engagement(value, curriculumCoDesign, qualificationStandards, financialIncentives, mentoring,
                industryCouncils, corporateTrainingCentres, cooperationContracts);
    }

    public Engagement withCurriculumCoDesign(CurriculumCoDesign value) {
        return new Engagement(workBasedLearning, value, qualificationStandards, financialIncentives, mentoring,
                industryCouncils, corporateTrainingCentres, cooperationContracts);
    }

    public Engagement withQualificationStandards(QualificationStandards value) {
        return new Engagement(workBasedLearning, curriculumCoDesign, value, financialIncentives, mentoring,
                industryCouncils, corporateTrainingCentres, cooperationContracts);
    }

    public Engagement withFinancialIncentives(FinancialIncentives value) {
        return new Engagement(workBasedLearning, curriculumCoDesign, qualificationStandards, value, mentoring,
                industryCouncils, corporateTrainingCentres, cooperationContracts);
    }

    public Engagement withMentoring(Mentoring value) {
        return new Engagement(workBasedLearning, curriculumCoDesign, qualificationStandards, financialIncentives, value,
                industryCouncils, corporateTrainingCentres, cooperationContracts);
    }

    public Engagement withIndustryCouncils(IndustryCouncils value) {
        return new Engagement(workBasedLearning, curriculumCoDesign, qualificationStandards, financialIncentives, mentoring,
                value, corporateTrainingCentres, cooperationContracts);
    }

    public Engagement withCorporateTrainingCentres(CorporateTrainingCentres value) {
        return new Engagement(workBasedLearning, curriculumCoDesign, qualificationStandards, financialIncentives, mentoring,
                industryCouncils, value, cooperationContracts);
    }

    public Engagement withCooperationContracts(CooperationContracts value) {
        return new Engagement(workBasedLearning, curriculumCoDesign, qualificationStandards, financialIncentives, mentoring,
                industryCouncils, corporateTrainingCentres, value);
    }
}
