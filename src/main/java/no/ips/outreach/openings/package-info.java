/**
 * Job openings: the jobs specialists develop with employers or find, coded by ISCO-08 unit group, with the hours,
 * shifts and requirements that matching compares against participants' preferences. Records whether a job is
 * competitive and whether it came from the hidden job market, the evidence of systematic job development. An open
 * opening whose application deadline has passed reads as expired; nothing runs on a schedule.
 */
package no.ips.outreach.openings;
