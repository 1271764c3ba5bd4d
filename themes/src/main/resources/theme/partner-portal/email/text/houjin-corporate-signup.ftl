<#ftl output_format="plainText">
${msg("houjinCorporateSignupLead")}

${link}

${msg("houjinCorporateSignupApplied", corporationName)}

${msg("houjinCorporateSignupIds", corporateId, userId)}

${msg("houjinCorporateSignupExpiry", hours)}

${msg("houjinCorporateSignupIgnore")}
