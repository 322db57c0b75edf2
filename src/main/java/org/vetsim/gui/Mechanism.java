package org.vetsim.gui;

import org.vetsim.scenario.CooperationContracts;
import org.vetsim.scenario.CorporateTrainingCentres;
import org.vetsim.scenario.CurriculumCoDesign;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.FinancialIncentives;
import org.vetsim.scenario.IndustryCouncils;
import org.vetsim.scenario.Mentoring;
import org.vetsim.scenario.QualificationStandards;
import org.vetsim.scenario.WorkBasedLearning;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The eight engagement mechanisms of {@link Engagement}: each one's record type, how to read it
 * from an engagement and how to put a changed one back with the {@code withX} methods.
 */
enum Mechanism {
    WORK_BASED_LEARNING("Work-based learning", WorkBasedLearning.class, Engagement::workBasedLearning,
            (e, r) -> e.withWorkBasedLearning((WorkBasedLearning) r)),
    CURRICULUM_CO_DESIGN("Curriculum co-design", CurriculumCoDesign.class, Engagement::curriculumCoDesign,
            (e, r) -> e.withCurriculumCoDesign((CurriculumCoDesign) r)),
    QUALIFICATION_STANDARDS("Qualification standards", QualificationStandards.class, Engagement::qualificationStandards,
            (e, r) -> e.withQualificationStandards((QualificationStandards) r)),
    FINANCIAL_INCENTIVES("Financial incentives", FinancialIncentives.class, Engagement::financialIncentives,
            (e, r) -> e.withFinancialIncentives((FinancialIncentives) r)),
    MENTORING("Mentoring", Mentoring.class, Engagement::mentoring,
            (e, r) -> e.withMentoring((Mentoring) r)),
    INDUSTRY_COUNCILS("Industry councils", IndustryCouncils.class, Engagement::industryCouncils,
            (e, r) -> e.withIndustryCouncils((IndustryCouncils) r)),
    CORPORATE_TRAINING_CENTRES("Corporate training centres", CorporateTrainingCentres.class,
            Engagement::corporateTrainingCentres, (e, r) -> e.withCorporateTrainingCentres((CorporateTrainingCentres) r)),
    COOPERATION_CONTRACTS("Co-operation contracts", CooperationContracts.class, Engagement::cooperationContracts,
            (e, r) -> e.withCooperationContracts((CooperationContracts) r));

    private final String label;
    private final Class<? extends Record> type;
    private final Function<Engagement, Record> reader;
    private final BiFunction<Engagement, Record, Engagement> writer;

    Mechanism(String label, Class<? extends Record> type, Function<Engagement, Record> reader,
              BiFunction<Engagement, Record, Engagement> writer) {
        this.label = label;
        this.type = type;
        this.reader = reader;
        this.writer = writer;
    }

    String label() {
        return label;
    }

    Class<? extends Record> type() {
        return type;
    }

    Record of(Engagement engagement) {
        return reader.apply(engagement);
    }

    Engagement with(Engagement engagement, Record changed) {
        return writer.apply(engagement, changed);
    }
}
