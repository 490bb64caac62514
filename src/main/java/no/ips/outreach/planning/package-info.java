/**
 * The visit planner: a specialist's week of employer outreach. Suggestions say whom to visit and why, the plan puts
 * each day in a short route from the office, progress is counted against the team's weekly target of face-to-face
 * employer contacts, colleagues planning the same employer see each other, a planned visit becomes a logged visit in
 * one action, and the week exports as iCalendar.
 */
package no.ips.outreach.planning;
