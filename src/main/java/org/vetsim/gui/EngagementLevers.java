package org.vetsim.gui;

import java.util.List;

import static org.vetsim.gui.Mechanism.COOPERATION_CONTRACTS;
import static org.vetsim.gui.Mechanism.CORPORATE_TRAINING_CENTRES;
import static org.vetsim.gui.Mechanism.CURRICULUM_CO_DESIGN;
import static org.vetsim.gui.Mechanism.FINANCIAL_INCENTIVES;
import static org.vetsim.gui.Mechanism.INDUSTRY_COUNCILS;
import static org.vetsim.gui.Mechanism.MENTORING;
import static org.vetsim.gui.Mechanism.QUALIFICATION_STANDARDS;
import static org.vetsim.gui.Mechanism.WORK_BASED_LEARNING;

/**
 * The policy levers of the Model tab: each engagement mechanism's switch and main intensities as
 * bean properties for MASON's inspector. {@code domX()} gives a slider's range and {@code desX()}
 * the tooltip, both from the scenario records' {@link org.vetsim.scenario.Param} annotations.
 * While the model runs a change takes effect from the next month; before a run it sets the
 * engagement the run starts with.
 */
public final class EngagementLevers {
    private final LeverControl control;

    EngagementLevers(LeverControl control) {
        this.control = control;
    }

    /** The levers grouped by mechanism, with the labels the Model tab shows. */
    static List<PropertyGroup> groups() {
        return List.of(
                PropertyGroup.of("Work-based learning", "Apprenticeships", "Apprenticeships allowed",
                        "ApprenticeshipMonths", "Apprenticeship months", "ApprenticePayRatio", "Apprentice pay ratio",
                        "WorkplaceQuality", "Workplace training quality", "Internships", "Internships for students",
                        "InternshipMonths", "Internship months"),
                PropertyGroup.of("Curriculum co-design", "CurriculumCoDesign", "Employers on boards",
                        "BoardSeatCost", "Board seat cost a year"),
                PropertyGroup.of("Qualification standards", "EmployerStandards", "Employers set standards",
                        "StandardUpdateMonths", "Revised every (months)"),
                PropertyGroup.of("Financial incentives", "SubsidyPerPlace", "Subsidy per place a year",
                        "LevyRate", "Levy (share of payroll)", "LevyThresholdStaff", "Levy paid from staff size",
                        "GrantPerPlace", "Levy grant per place a year", "TaxCreditRate", "Tax credit (share of cost)"),
                PropertyGroup.of("Mentoring", "Mentoring", "Mentoring in firms", "MentorRatio", "Mentors per apprentice",
                        "MentoringQuality", "Mentoring quality"),
                PropertyGroup.of("Industry councils", "IndustryCouncils", "Industry councils",
                        "CouncilInformationLag", "Information age (months)"),
                PropertyGroup.of("Corporate training centres", "TrainingCentres", "Firms' training centres",
                        "TrainingCentreFixedCost", "Centre fixed cost a year"),
                PropertyGroup.of("Co-operation contracts", "Partnerships", "College partnerships",
                        "PartnershipCost", "Partnership cost a year", "TrainingContracts", "Enforceable contracts",
                        "BreachRate", "Monthly walk-out rate"));
    }

    public boolean isApprenticeships() { return flag(WORK_BASED_LEARNING, "apprenticeships"); }
    public void setApprenticeships(boolean on) { control.set(WORK_BASED_LEARNING, "apprenticeships", on); }
    public String desApprenticeships() { return des(WORK_BASED_LEARNING, "apprenticeships"); }

    public int getApprenticeshipMonths() { return whole(WORK_BASED_LEARNING, "apprenticeshipMonths"); }
    public void setApprenticeshipMonths(int months) { control.set(WORK_BASED_LEARNING, "apprenticeshipMonths", months); }
    public Object domApprenticeshipMonths() { return dom(WORK_BASED_LEARNING, "apprenticeshipMonths"); }
    public String desApprenticeshipMonths() { return des(WORK_BASED_LEARNING, "apprenticeshipMonths"); }

    public double getApprenticePayRatio() { return real(WORK_BASED_LEARNING, "apprenticePayRatio"); }
    public void setApprenticePayRatio(double ratio) { control.set(WORK_BASED_LEARNING, "apprenticePayRatio", ratio); }
    public Object domApprenticePayRatio() { return dom(WORK_BASED_LEARNING, "apprenticePayRatio"); }
    public String desApprenticePayRatio() { return des(WORK_BASED_LEARNING, "apprenticePayRatio"); }

    public double getWorkplaceQuality() { return real(WORK_BASED_LEARNING, "workplaceQuality"); }
    public void setWorkplaceQuality(double quality) { control.set(WORK_BASED_LEARNING, "workplaceQuality", quality); }
    public Object domWorkplaceQuality() { return dom(WORK_BASED_LEARNING, "workplaceQuality"); }
    public String desWorkplaceQuality() { return des(WORK_BASED_LEARNING, "workplaceQuality"); }

    public boolean isInternships() { return flag(WORK_BASED_LEARNING, "internships"); }
    public void setInternships(boolean on) { control.set(WORK_BASED_LEARNING, "internships", on); }
    public String desInternships() { return des(WORK_BASED_LEARNING, "internships"); }

    public int getInternshipMonths() { return whole(WORK_BASED_LEARNING, "internshipMonths"); }
    public void setInternshipMonths(int months) { control.set(WORK_BASED_LEARNING, "internshipMonths", months); }
    public Object domInternshipMonths() { return dom(WORK_BASED_LEARNING, "internshipMonths"); }
    public String desInternshipMonths() { return des(WORK_BASED_LEARNING, "internshipMonths"); }

    public boolean isCurriculumCoDesign() { return flag(CURRICULUM_CO_DESIGN, "enabled"); }
    public void setCurriculumCoDesign(boolean on) { control.set(CURRICULUM_CO_DESIGN, "enabled", on); }
    public String desCurriculumCoDesign() { return des(CURRICULUM_CO_DESIGN, "enabled"); }

    public double getBoardSeatCost() { return real(CURRICULUM_CO_DESIGN, "seatCostMonths"); }
    public void setBoardSeatCost(double months) { control.set(CURRICULUM_CO_DESIGN, "seatCostMonths", months); }
    public Object domBoardSeatCost() { return dom(CURRICULUM_CO_DESIGN, "seatCostMonths"); }
    public String desBoardSeatCost() { return des(CURRICULUM_CO_DESIGN, "seatCostMonths"); }

    public boolean isEmployerStandards() { return flag(QUALIFICATION_STANDARDS, "enabled"); }
    public void setEmployerStandards(boolean on) { control.set(QUALIFICATION_STANDARDS, "enabled", on); }
    public String desEmployerStandards() { return des(QUALIFICATION_STANDARDS, "enabled"); }

    public int getStandardUpdateMonths() { return whole(QUALIFICATION_STANDARDS, "updateMonths"); }
    public void setStandardUpdateMonths(int months) { control.set(QUALIFICATION_STANDARDS, "updateMonths", months); }
    public Object domStandardUpdateMonths() { return dom(QUALIFICATION_STANDARDS, "updateMonths"); }
    public String desStandardUpdateMonths() { return des(QUALIFICATION_STANDARDS, "updateMonths"); }

    public double getSubsidyPerPlace() { return real(FINANCIAL_INCENTIVES, "subsidyPerPlace"); }
    public void setSubsidyPerPlace(double months) { control.set(FINANCIAL_INCENTIVES, "subsidyPerPlace", months); }
    public Object domSubsidyPerPlace() { return dom(FINANCIAL_INCENTIVES, "subsidyPerPlace"); }
    public String desSubsidyPerPlace() { return des(FINANCIAL_INCENTIVES, "subsidyPerPlace"); }

    public double getLevyRate() { return real(FINANCIAL_INCENTIVES, "levyRate"); }
    public void setLevyRate(double rate) { control.set(FINANCIAL_INCENTIVES, "levyRate", rate); }
    public Object domLevyRate() { return dom(FINANCIAL_INCENTIVES, "levyRate"); }
    public String desLevyRate() { return des(FINANCIAL_INCENTIVES, "levyRate"); }

    public int getLevyThresholdStaff() { return whole(FINANCIAL_INCENTIVES, "levyThresholdStaff"); }
    public void setLevyThresholdStaff(int staff) { control.set(FINANCIAL_INCENTIVES, "levyThresholdStaff", staff); }
    public String desLevyThresholdStaff() { return des(FINANCIAL_INCENTIVES, "levyThresholdStaff"); }

    public double getGrantPerPlace() { return real(FINANCIAL_INCENTIVES, "grantPerPlace"); }
    public void setGrantPerPlace(double months) { control.set(FINANCIAL_INCENTIVES, "grantPerPlace", months); }
    public Object domGrantPerPlace() { return dom(FINANCIAL_INCENTIVES, "grantPerPlace"); }
    public String desGrantPerPlace() { return des(FINANCIAL_INCENTIVES, "grantPerPlace"); }

    public double getTaxCreditRate() { return real(FINANCIAL_INCENTIVES, "taxCreditRate"); }
    public void setTaxCreditRate(double rate) { control.set(FINANCIAL_INCENTIVES, "taxCreditRate", rate); }
    public Object domTaxCreditRate() { return dom(FINANCIAL_INCENTIVES, "taxCreditRate"); }
    public String desTaxCreditRate() { return des(FINANCIAL_INCENTIVES, "taxCreditRate"); }

    public boolean isMentoring() { return flag(MENTORING, "enabled"); }
    public void setMentoring(boolean on) { control.set(MENTORING, "enabled", on); }
    public String desMentoring() { return des(MENTORING, "enabled"); }

    public double getMentorRatio() { return real(MENTORING, "mentorRatio"); }
    public void setMentorRatio(double ratio) { control.set(MENTORING, "mentorRatio", ratio); }
    public Object domMentorRatio() { return dom(MENTORING, "mentorRatio"); }
    public String desMentorRatio() { return des(MENTORING, "mentorRatio"); }

    public double getMentoringQuality() { return real(MENTORING, "quality"); }
    public void setMentoringQuality(double quality) { control.set(MENTORING, "quality", quality); }
    public Object domMentoringQuality() { return dom(MENTORING, "quality"); }
    public String desMentoringQuality() { return des(MENTORING, "quality"); }

    public boolean isIndustryCouncils() { return flag(INDUSTRY_COUNCILS, "enabled"); }
    public void setIndustryCouncils(boolean on) { control.set(INDUSTRY_COUNCILS, "enabled", on); }
    public String desIndustryCouncils() { return des(INDUSTRY_COUNCILS, "enabled"); }

    public int getCouncilInformationLag() { return whole(INDUSTRY_COUNCILS, "informationLagMonths"); }
    public void setCouncilInformationLag(int months) { control.set(INDUSTRY_COUNCILS, "informationLagMonths", months); }
    public Object domCouncilInformationLag() { return dom(INDUSTRY_COUNCILS, "informationLagMonths"); }
    public String desCouncilInformationLag() { return des(INDUSTRY_COUNCILS, "informationLagMonths"); }

    public boolean isTrainingCentres() { return flag(CORPORATE_TRAINING_CENTRES, "enabled"); }
    public void setTrainingCentres(boolean on) { control.set(CORPORATE_TRAINING_CENTRES, "enabled", on); }
    public String desTrainingCentres() { return des(CORPORATE_TRAINING_CENTRES, "enabled"); }

    public double getTrainingCentreFixedCost() { return real(CORPORATE_TRAINING_CENTRES, "fixedCostMonths"); }
    public void setTrainingCentreFixedCost(double months) { control.set(CORPORATE_TRAINING_CENTRES, "fixedCostMonths", months); }
    public Object domTrainingCentreFixedCost() { return dom(CORPORATE_TRAINING_CENTRES, "fixedCostMonths"); }
    public String desTrainingCentreFixedCost() { return des(CORPORATE_TRAINING_CENTRES, "fixedCostMonths"); }

    public boolean isPartnerships() { return flag(COOPERATION_CONTRACTS, "partnerships"); }
    public void setPartnerships(boolean on) { control.set(COOPERATION_CONTRACTS, "partnerships", on); }
    public String desPartnerships() { return des(COOPERATION_CONTRACTS, "partnerships"); }

    public double getPartnershipCost() { return real(COOPERATION_CONTRACTS, "partnershipCostMonths"); }
    public void setPartnershipCost(double months) { control.set(COOPERATION_CONTRACTS, "partnershipCostMonths", months); }
    public Object domPartnershipCost() { return dom(COOPERATION_CONTRACTS, "partnershipCostMonths"); }
    public String desPartnershipCost() { return des(COOPERATION_CONTRACTS, "partnershipCostMonths"); }

    public boolean isTrainingContracts() { return flag(COOPERATION_CONTRACTS, "trainingContracts"); }
    public void setTrainingContracts(boolean on) { control.set(COOPERATION_CONTRACTS, "trainingContracts", on); }
    public String desTrainingContracts() { return des(COOPERATION_CONTRACTS, "trainingContracts"); }

    public double getBreachRate() { return real(COOPERATION_CONTRACTS, "breachRate"); }
    public void setBreachRate(double rate) { control.set(COOPERATION_CONTRACTS, "breachRate", rate); }
    public Object domBreachRate() { return dom(COOPERATION_CONTRACTS, "breachRate"); }
    public String desBreachRate() { return des(COOPERATION_CONTRACTS, "breachRate"); }

    private boolean flag(Mechanism mechanism, String component) {
        return (Boolean) control.get(mechanism, component);
    }

    private int whole(Mechanism mechanism, String component) {
        return ((Number) control.get(mechanism, component)).intValue();
    }

    private double real(Mechanism mechanism, String component) {
        return ((Number) control.get(mechanism, component)).doubleValue();
    }

    private static Object dom(Mechanism mechanism, String component) {
        return ParamInfo.domain(mechanism.type(), component);
    }

    private static String des(Mechanism mechanism, String component) {
        return ParamInfo.describe(mechanism.type(), component);
    }
}
