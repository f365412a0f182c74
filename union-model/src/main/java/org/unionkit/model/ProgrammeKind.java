package org.unionkit.model;

/**
 * The kind of a union programme, such as {@code LEGAL_AID} (职工法律援助). The catalogue covers every
 * programme named in the 2020 review of the Hebei federation (see the project's seeds) and the usual
 * work of Chinese unions beyond it; {@code OTHER} holds the rest.
 */
public enum ProgrammeKind implements Labelled {
  /** “大学习”课堂 and other study classes. */
  STUDY_CLASS,
  /** 职工读书小组. */
  READING_GROUP,
  /** 职工诵读活动. */
  RECITATION_EVENT,
  /** 职工书屋 (worker libraries, including electronic ones). */
  WORKER_LIBRARY,
  /** 工运史馆、劳动公园等文化阵地. */
  CULTURE_VENUE,
  /** 劳模和先进工作者表彰. */
  MODEL_WORKER_COMMENDATION,
  /** 职业道德建设宣传. */
  WORK_ETHICS_CAMPAIGN,
  /** 网上宣传和比赛. */
  ONLINE_OUTREACH,
  /** 劳动竞赛. */
  LABOUR_COMPETITION,
  /** 职工职业技能大赛. */
  SKILLS_CONTEST,
  /** 劳模和工匠人才创新工作室. */
  INNOVATION_STUDIO,
  /** 职工创新大赛和创新成果. */
  INNOVATION_CONTEST,
  /** 扶贫志愿服务和结对帮扶. */
  POVERTY_RELIEF_VOLUNTEERING,
  /** 疫情防控慰问和专项资金. */
  EPIDEMIC_RELIEF,
  /** 困难职工帮扶 (解困脱困). */
  HARDSHIP_ASSISTANCE,
  /** 送温暖慰问. */
  CONDOLENCE_VISIT,
  /** 职工疗休养. */
  RECUPERATION,
  /** 百人以上非公企业建会等组建工作. */
  ORGANISING_DRIVE,
  /** 八大群体入会和“司机之家”. */
  NEW_EMPLOYMENT_RECRUITMENT,
  /** 集体协商要约行动. */
  COLLECTIVE_BARGAINING_DRIVE,
  /** 职工代表大会制度建设. */
  WORKERS_CONGRESS,
  /** 职工队伍稳定风险排查. */
  STABILITY_RISK_SCREENING,
  /** 劳动法律监督. */
  LABOUR_LAW_SUPERVISION,
  /** 职工法律援助. */
  LEGAL_AID,
  /** 诉调对接工作室 (litigation-mediation studios). */
  LITIGATION_MEDIATION,
  /** 爱心妈妈小屋 (caring-mother rooms). */
  CARING_MOTHER_ROOM,
  /** 户外劳动者站点 (outdoor-worker stations). */
  OUTDOOR_WORKER_STATION,
  /** 劳模职工服务中心. */
  MODEL_WORKER_SERVICE_CENTRE,
  /** 购买社会工作岗位. */
  SOCIAL_WORK_POSTS,
  /** 网上工会 (the online union platform). */
  ONLINE_PLATFORM,
  /** 工会资产清理整改. */
  ASSET_RECTIFICATION,
  /** 产业工人队伍建设改革试点. */
  WORKFORCE_REFORM_PILOT,
  /** Anything not listed above; the programme's name says what. */
  OTHER
}
