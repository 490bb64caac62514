package no.ips.outreach.audit.boundary;

import java.time.LocalDate;

/** One week of the trend series, clipped to the period. */
public record WeekView(String week, LocalDate from, LocalDate to, long faceToFaceContacts, Long employersMetFaceToFace,
                       double faceToFacePerSpecialistWeek, long otherContacts, long communityMinutes,
                       Double communityPercent, Double individualizedPercent, Integer specialistWeeksReviewed) {
}
