<#ftl output_format="plainText">
${msg("houjinInvitationLead", corporationName)}

${msg("houjinInvitationAction")}

${link}

${msg("houjinInvitationCorporateId")}: ${corporateId}
${msg("houjinInvitationUserId")}: ${userId}

${msg("houjinInvitationPasswordNote")}
${msg("houjinInvitationExpiry", expiresAt, lifespanDays)}

${msg("houjinInvitationIgnore")}
