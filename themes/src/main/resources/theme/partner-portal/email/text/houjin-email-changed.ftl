<#ftl output_format="plainText">
${msg("houjinEmailChangedLead", previousEmail, newEmail)}

${msg("houjinNoticeWhen", time, address)}

${msg("houjinEmailChangedCheck")}
