// "打印空白表单": print the page; the print stylesheet (site.css) leaves only the form sheet.
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest("[data-print]")) {
    window.print();
  }
});
