<#ftl output_format="plainText">
${msg("houjinNotice_" + kind, userId, name)}
<#if waitingHours??>

${msg("houjinNoticeWaiting", waitingHours)}
</#if>
<#if approveLink??>

${msg("houjinNoticeApprove")}
${approveLink}
</#if>
<#if cancelLink??>

${msg("houjinNoticeCancel")}
${cancelLink}
</#if>

${msg("houjinNoticeWhen", time, address)}

${msg("houjinNoticeCheck")}
