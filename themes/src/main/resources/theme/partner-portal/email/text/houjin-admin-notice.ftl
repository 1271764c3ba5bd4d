<#ftl output_format="plainText">
${msg("houjinNotice_" + kind, userId, name)}

${msg("houjinNoticeWhen", time, address)}

${msg("houjinNoticeCheck")}
