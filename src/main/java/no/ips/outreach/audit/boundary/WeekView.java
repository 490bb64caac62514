package no.ips.outreach.audit.boundary;

import java.time.LocalDate;

/**
 * One week of the trend series, clipped to the period.
 *
 * @param faceToFacePerSpecialistWeek of the specialists with job seekers, as in the totals; null without working days
 */
public record WeekView(String week, LocalDate from, LocalDate to, long faceToFaceContacts, Long employersMetFaceToFace,
                       Double faceToFacePerSpecialistWeek, long otherContacts, long communityMinutes,
                       Double communityPercent, Double individualizedPercent, Integer specialistWeeksReviewed) {
}
