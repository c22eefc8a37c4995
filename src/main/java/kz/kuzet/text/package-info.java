/** Words for people: failures that explain themselves in kk, ru or en. No UI code. */
package kz.kuzet.text;
