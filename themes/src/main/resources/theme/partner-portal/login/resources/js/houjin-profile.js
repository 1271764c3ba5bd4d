// 表示 / 非表示 for the new password on the profile-completion page.
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("houjin-show-password");
  var input = document.getElementById("password");
  if (!button || !input) {
    return;
  }
  button.addEventListener("click", function () {
    var show = input.type === "password";
    input.type = show ? "text" : "password";
    button.textContent = show ? button.dataset.hide : button.dataset.show;
  });
});
