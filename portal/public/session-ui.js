// The portal's own session display: who is signed in, logout, and the page shown after a logout elsewhere.
import { languageSwitch } from './language.js';

export function showUser(profile, logout) {
  const box = document.getElementById('portal-user');
  box.replaceChildren();
  const name = document.createElement('span');
  name.className = 'portal-user-name';
  name.textContent = profile.name;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'portal-logout';
  button.textContent = 'Đăng xuất';
  button.addEventListener('click', () => logout());
  box.append(languageSwitch(), name, button);
}

export function showLoggedOut(login) {
  if (document.getElementById('portal-logged-out')) return;
  document.querySelector('.portal-main').hidden = true;
  document.getElementById('portal-user').replaceChildren();
  const panel = document.createElement('section');
  panel.id = 'portal-logged-out';
  panel.className = 'portal-page portal-logged-out';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'Bạn đã đăng xuất';
  const text = document.createElement('p');
  text.textContent = 'Phiên làm việc trên cổng đã kết thúc ở một thẻ khác. Đăng nhập lại để tiếp tục.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Đăng nhập lại';
  button.addEventListener('click', () => login());
  panel.append(title, text, button);
  document.querySelector('.portal-main').after(panel);
}
