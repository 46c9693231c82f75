// The portal's language switch. It changes <html lang>, which is how a portal tells guests such as OCOP.
export function languageSwitch() {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'portal-language';
  const render = () => {
    const english = document.documentElement.lang === 'en';
    button.textContent = english ? 'Tiếng Việt' : 'English';
    button.setAttribute('lang', english ? 'vi' : 'en');
  };
  button.addEventListener('click', () => {
    document.documentElement.lang = document.documentElement.lang === 'en' ? 'vi' : 'en';
    render();
  });
  render();
  return button;
}
